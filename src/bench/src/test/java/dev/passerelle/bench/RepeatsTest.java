package dev.passerelle.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatsTest {

    private static List<Figure> run(double firstSync, double copy, double throughput) {
        return List.of(
                Figure.atMost("1. First sync", "first sync over SOAP, wall time", firstSync, "s", 20),
                Figure.info("1. First sync", "direct JDBC copy of the same rows, wall time", copy, "s"),
                Figure.atLeast("5. RTDV", "GetInvoices, 16 callers, SOAP throughput", throughput, "calls/s", 3_000));
    }

    @Test
    void eachFigureIsTheMedianOfItsRunsHeldToTheTarget() {
        List<Figure> combined = Repeats.combine(List.of(run(21.6, 3.5, 1_671), run(16.8, 2.5, 2_207), run(19.2, 4.0, 1_594)));

        assertThat(combined).extracting(Figure::name).containsExactly("first sync over SOAP, wall time",
                "direct JDBC copy of the same rows, wall time", "GetInvoices, 16 callers, SOAP throughput");
        Figure sync = combined.get(0);
        assertThat(sync.value()).isEqualTo(19.2);
        assertThat(sync.runs()).containsExactly(21.6, 16.8, 19.2);
        assertThat(sync.verdict()).isEqualTo(Figure.Verdict.PASS);
        assertThat(sync.runsMet()).isEqualTo(2);
        assertThat(sync.target()).isEqualTo("<= 20 s");
        assertThat(combined.get(1).verdict()).isEqualTo(Figure.Verdict.NONE);
        Figure throughput = combined.get(2);
        assertThat(throughput.value()).isEqualTo(1_671);
        assertThat(throughput.verdict()).isEqualTo(Figure.Verdict.MISS);
        assertThat(throughput.runsMet()).isZero();
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(Repeats.median(List.of(27.0, 16.8, 21.6, 20.6))).isCloseTo(21.1, within(1e-9));
        assertThat(Repeats.median(List.of(3.0))).isEqualTo(3.0);
    }

    @Test
    void aRunWithOtherFiguresFailsTheBenchmark() {
        List<Figure> other = List.of(
                Figure.atMost("1. First sync", "first sync over SOAP, wall time", 20, "s", 20),
                Figure.info("1. First sync", "peak heap during the sync", 2_000, "MiB"),
                Figure.atLeast("5. RTDV", "GetInvoices, 16 callers, SOAP throughput", 1_500, "calls/s", 3_000));
        List<Figure> shorter = run(20, 3, 1_500).subList(0, 2);

        assertThatThrownBy(() -> Repeats.combine(List.of(run(21.6, 3.5, 1_671), other)))
                .isInstanceOf(BenchFailure.class).hasMessageContaining("peak heap during the sync");
        assertThatThrownBy(() -> Repeats.combine(List.of(run(21.6, 3.5, 1_671), shorter)))
                .isInstanceOf(BenchFailure.class).hasMessageContaining("run 2 produced 2 figures");
        List<Figure> twice = List.of(run(21.6, 3.5, 1_671).get(0), run(19.0, 3.5, 1_671).get(0));
        assertThatThrownBy(() -> Repeats.combine(List.of(twice, twice)))
                .isInstanceOf(BenchFailure.class).hasMessageContaining("run 1 produced a figure twice");
    }
}
