package dev.passerelle.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchReportTest {

    private static final Machine MACHINE = new Machine(2, 24L << 30, 5L << 30, "17.0.15", "PS Scavenge, PS MarkSweep",
            "-XX:+UseParallelGC", 1.5);

    @Test
    void aRepeatedFigureShowsItsRangeAndTheRunsThatMetItsTarget() {
        List<Figure> figures = Repeats.combine(List.of(
                List.of(Figure.atMost("1. First sync", "first sync over SOAP, wall time", 21.6, "s", 20),
                        Figure.info("1. First sync", "records per second", 25_725, "records/s")),
                List.of(Figure.atMost("1. First sync", "first sync over SOAP, wall time", 16.8, "s", 20),
                        Figure.info("1. First sync", "records per second", 33_033, "records/s")),
                List.of(Figure.atMost("1. First sync", "first sync over SOAP, wall time", 19.2, "s", 20),
                        Figure.info("1. First sync", "records per second", 28_959, "records/s"))));
        List<Figure> withMemory = new java.util.ArrayList<>(figures);
        withMemory.add(Figure.completes("2. Memory", "N = 10,000: completes with -Xmx256m", true));

        BenchReport report = new BenchReport(MACHINE, 100_000, 3, withMemory, 2.0);

        assertThat(report.markdown())
                .contains("N = 100,000 accounts; 2 cores; 24.0 GiB of memory; max heap 5,120 MiB; Java 17.0.15;")
                .contains("Section 1 ran 3 times, each in a JVM of its own")
                .contains("| 1. First sync | first sync over SOAP, wall time | 19.20 | s | <= 20 s | pass | 16.80 - 21.60; met in 2 of 3 |")
                .contains("| 1. First sync | records per second | 28,959 | records/s |  |  | 25,725 - 33,033 |")
                .contains("| 2. Memory | N = 10,000: completes with -Xmx256m | 1 | yes | completes | pass |  |")
                .contains("Targets: 2 met, 0 missed.");
        assertThat(report.json())
                .contains("\"machine\": {\"cores\": 2, \"memoryBytes\": 25769803776, \"maxHeapBytes\": 5368709120,")
                .contains("\"repeat\": 3")
                .contains("\"name\": \"first sync over SOAP, wall time\", \"value\": 19.2000, \"unit\": \"s\","
                        + " \"target\": \"<= 20 s\", \"result\": \"pass\", \"runs\": [21.6000, 16.8000, 19.2000]}")
                .contains("\"name\": \"N = 10,000: completes with -Xmx256m\", \"value\": 1.00000, \"unit\": \"yes\","
                        + " \"target\": \"completes\", \"result\": \"pass\"}");
    }

    @Test
    void aSingleRunHasNoRunsColumn() {
        BenchReport report = new BenchReport(MACHINE, 200, 1,
                List.of(Figure.atMost("3. Delta", "delta run, 20 ERP accounts changed", 1_200, "ms", 1_000)), 2.0);

        assertThat(report.markdown())
                .contains("| section | figure | value | unit | target | result |\n")
                .contains("| 3. Delta | delta run, 20 ERP accounts changed | 1,200 | ms | <= 1,000 ms | **MISS** |\n")
                .doesNotContain("runs:")
                .contains("Targets: 0 met, 1 missed.");
        assertThat(report.json()).doesNotContain("\"runs\"");
    }
}
