package dev.passerelle.launcher.bench;

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
    })
    void refusesAPlanThatCannotRun(int accounts, int memory, int delta, int changes, int caller, int other, String message) {
        assertThatThrownBy(() -> new BenchPlan(accounts, List.of(memory), List.of(caller, other), delta, changes, 3, 0, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void ordersTheMemorySizesFromSmallestToLargest() {
        BenchPlan plan = new BenchPlan(100, List.of(300, 10, 100), List.of(1), 10, 10, 3, 0, 10);

        assertThat(plan.memorySizes()).containsExactly(10, 100, 300);
    }

    @Test
    void refusesANegativeIdleWarmUp() {
        assertThatThrownBy(() -> new BenchPlan(100, List.of(100), List.of(1), 10, 10, 3, -1, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("--idle-warm-up must be 0 or more");
    }
}
