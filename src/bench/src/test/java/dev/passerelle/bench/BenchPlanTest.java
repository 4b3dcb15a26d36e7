package dev.passerelle.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BenchPlanTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "9     | 10000 | 5  | 5   | 1  | 16  | --accounts must be at least 10",
            "100   | 10000 | 0  | 5   | 1  | 16  | --delta-accounts must be between 1 and --accounts",
            "100   | 10000 | 5  | 101 | 1  | 16  | --changes must be between 1 and --accounts",
            "100   | 10000 | 5  | 5   | 0  | 16  | --callers must list counts between 1 and 256",
            "100   | 5     | 5  | 5   | 1  | 16  | --memory-sizes must be at least 10 each",
            "100   | 10000 | 5  | 5   | 16 | 16  | --callers must list each count once",
    })
    void refusesAPlanThatCannotRun(int accounts, int memory, int delta, int changes, int caller, int other, String message) {
        assertThatThrownBy(() -> new BenchPlan(accounts, List.of(memory), 0, 100_000, List.of(caller, other), delta, changes,
                3, 0, 10, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void ordersTheMemorySizesFromSmallestToLargest() {
        BenchPlan plan = new BenchPlan(100, List.of(300, 10, 100), 0, 100_000, List.of(1), 10, 10, 3, 0, 10, 1);

        assertThat(plan.memorySizes()).containsExactly(10, 100, 300);
    }

    @Test
    void refusesANegativeIdleWarmUp() {
        assertThatThrownBy(() -> new BenchPlan(100, List.of(100), 0, 100_000, List.of(1), 10, 10, 3, -1, 10, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("--idle-warm-up must be 0 or more");
    }

    @ParameterizedTest
    @CsvSource({"-1", "1", "9"})
    void refusesAMemoryWarmUpOfFewerThanTenAccountsUnlessNone(int warmUp) {
        assertThatThrownBy(() -> new BenchPlan(100, List.of(100), warmUp, 100_000, List.of(1), 10, 10, 3, 0, 10, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("--memory-warm-up must be 0 or at least 10");
    }

    @ParameterizedTest
    @CsvSource({"0", "10", "20000"})
    void takesNoMemoryWarmUpOrOneOfTenAccountsOrMore(int warmUp) {
        assertThat(new BenchPlan(100, List.of(100), warmUp, 100_000, List.of(1), 10, 10, 3, 0, 10, 1).memoryWarmUp()).isEqualTo(warmUp);
    }

    @ParameterizedTest
    @CsvSource({"10000, 10", "30000, 4", "50000, 2", "100000, 1", "300000, 1", "10, 10"})
    void syncsEachMemorySizeUntilTheVolumeIsReachedAtMostTenTimes(int size, int syncs) {
        BenchPlan plan = new BenchPlan(100, List.of(size), 0, 100_000, List.of(1), 10, 10, 3, 0, 10, 1);

        assertThat(plan.memorySyncs(size)).isEqualTo(syncs);
    }

    @Test
    void theSyncsOfAMemorySizeDoNotOverflow() {
        BenchPlan plan = new BenchPlan(100, List.of(10), 0, Integer.MAX_VALUE, List.of(1), 10, 10, 3, 0, 10, 1);

        assertThat(plan.memorySyncs(10)).isEqualTo(10);
        assertThat(plan.memorySyncs(Integer.MAX_VALUE)).isEqualTo(1);
    }

    @Test
    void refusesAMemoryVolumeBelowOne() {
        assertThatThrownBy(() -> new BenchPlan(100, List.of(100), 0, 0, List.of(1), 10, 10, 3, 0, 10, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("--memory-volume must be at least 1");
    }

    @ParameterizedTest
    @CsvSource({"0", "21"})
    void refusesARepeatOutsideOneToTwenty(int repeat) {
        assertThatThrownBy(() -> new BenchPlan(100, List.of(), 0, 100_000, List.of(1), 10, 10, 3, 0, 10, repeat))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("--repeat must be between 1 and 20");
    }

    @Test
    void aRepeatedRunsPlanReachesItsChildJvmWithoutMemoryRunsOrRepeats() {
        BenchPlan plan = new BenchPlan(5000, List.of(1000, 2000), 20000, 100_000, List.of(1, 16), 100, 200, 7, 50, 300, 3);

        BenchPlan child = BenchPlan.ofArguments(plan.childArguments());

        assertThat(child).isEqualTo(new BenchPlan(5000, List.of(), 0, 1, List.of(1, 16), 100, 200, 7, 50, 300, 1));
    }

    @Test
    void aPlanWithoutRtdvReachesItsChildJvmWithoutCallers() {
        BenchPlan plan = new BenchPlan(5000, List.of(), 0, 100_000, List.of(), 100, 200, 7, 50, 300, 1);

        assertThat(BenchPlan.ofArguments(plan.childArguments()).callers()).isEmpty();
    }

    @Test
    void refusesChildArgumentsOfAnotherShape() {
        assertThatThrownBy(() -> BenchPlan.ofArguments(List.of("100", "1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected 7 plan arguments");
    }
}
