package dev.passerelle.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryChildTest {

    @Test
    void theFiguresOfSeveralSyncsAreTheirMedianTimeHighestPeakAndSums() {
        String line = MemoryChild.figuresLine(10_000, 4_000, List.of(
                new FirstSync(100_000_000, 55_000, 200, 1, 10),
                new FirstSync(400_000_000, 55_000, 250, 1, 20),
                new FirstSync(200_000_000, 55_000, 240, 1, 30),
                new FirstSync(300_000_000, 55_001, 210, 1, 40)));

        assertThat(line).as("the median of an even count is the mean of the two middle times")
                .isEqualTo("BENCH-MEMORY accounts=10000 nanos=250000000 records=55001 peak=250 warmUpNanos=4000 syncs=4"
                        + " syncNanos=1000000000 compilingMillis=100");
        MemoryRun run = MemoryRun.ofOutput(10_000, 20_000, 0, List.of(line));
        assertThat(run.syncs()).isEqualTo(4);
        assertThat(run.compilingPercent()).as("100 ms of 1 s").isEqualTo(10.0);
    }

    @Test
    void theCompilersTimeIsUnknownWhenOneSyncDidNotKnowIt() {
        String line = MemoryChild.figuresLine(100, 0, List.of(new FirstSync(100, 550, 1, 1, 10),
                new FirstSync(100, 550, 1, 1, -1), new FirstSync(100, 550, 1, 1, 10)));

        assertThat(line).endsWith(" syncs=3 syncNanos=300 compilingMillis=-1");
    }
}
