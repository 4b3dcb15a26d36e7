package dev.passerelle.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryRunTest {

    @Test
    void readsTheFiguresOfTheMeasuredSync() {
        MemoryRun run = MemoryRun.ofOutput(10_000, 20_000, 0, List.of("some log line",
                "BENCH-MEMORY accounts=10000 nanos=1500000000 records=55000 peak=250000000 warmUpNanos=4100000000"
                        + " syncs=10 syncNanos=13500000000 compilingMillis=5400"));

        assertThat(run.microsPerAccount()).as("the median sync's").isEqualTo(150.0);
        assertThat(run.peakBytes()).isEqualTo(250_000_000L);
        assertThat(run.warmUpNanos()).isEqualTo(4_100_000_000L);
        assertThat(run.syncs()).isEqualTo(10);
        assertThat(run.compilingPercent()).as("over all the syncs").isEqualTo(40.0);
    }

    @Test
    void aFailedWarmUpIsToldApartFromAFailedMeasuredSync() {
        assertThatThrownBy(() -> MemoryRun.ofOutput(10_000, 20_000, 1,
                List.of("BENCH-MEMORY-WARM-UP-FAILED java.lang.OutOfMemoryError: Java heap space")))
                .isInstanceOf(MemoryRun.WarmUpFailure.class)
                .hasMessage("the warm-up first sync of 20000 accounts before the memory run of 10000 accounts with -Xmx256m"
                        + " failed: java.lang.OutOfMemoryError: Java heap space");
        assertThatThrownBy(() -> MemoryRun.ofOutput(10_000, 20_000, 1, List.of("Exception in thread \"main\"")))
                .isInstanceOf(BenchFailure.class).hasMessageContaining("exited 1 without figures");
    }

    @Test
    void aFailedMeasuredSyncIsReportedWithItsNumber() {
        assertThatThrownBy(() -> MemoryRun.ofOutput(10_000, 20_000, 1,
                List.of("BENCH-MEMORY-SYNC-FAILED 3 java.lang.OutOfMemoryError: Java heap space")))
                .isInstanceOf(BenchFailure.class)
                .hasMessage("a measured first sync of 10000 accounts with -Xmx256m failed"
                        + " (sync 3 java.lang.OutOfMemoryError: Java heap space)");
    }

    @Test
    void damagedOrIncompleteFiguresAreABenchFailure() {
        assertThatThrownBy(() -> MemoryRun.ofOutput(100, 0, 0, List.of("BENCH-MEMORY accounts=100 nanos=1000000 peak=1")))
                .isInstanceOf(BenchFailure.class).hasMessageContaining("lack some of");
        assertThatThrownBy(() -> MemoryRun.ofOutput(100, 0, 0, List.of("BENCH-MEMORY accounts=100 nanos=ten")))
                .isInstanceOf(BenchFailure.class).hasMessageContaining("damaged");
    }

    @Test
    void anUnknownCompilerTimeStaysUnknown() {
        MemoryRun run = MemoryRun.ofOutput(100, 0, 0, List.of(
                "BENCH-MEMORY accounts=100 nanos=1000000 records=550 peak=1 warmUpNanos=0 syncs=1 syncNanos=1000000"
                        + " compilingMillis=-1"));

        assertThat(run.compilingPercent()).isEqualTo(-1);
    }
}
