package dev.passerelle.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WatchPlanTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "199 | 60 | 30 | --watch-accounts must be at least 200",
            "200 | 1  | 30 | --watch-duration must be at least 2 seconds",
            "200 | 60 | 0  | --watch-idle must be at least 1 second",
    })
    void refusesAPlanThatCannotRun(int accounts, int changeSeconds, int idleSeconds, String message) {
        assertThatThrownBy(() -> new WatchPlan(accounts, Duration.ofSeconds(changeSeconds), Duration.ofSeconds(idleSeconds)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void commitsSingleChangesForTheFirstHalfAndBurstsForTheRest() {
        WatchPlan plan = new WatchPlan(1000, Duration.ofSeconds(61), Duration.ofSeconds(30));

        assertThat(plan.steady()).isEqualTo(Duration.ofMillis(30_500));
        assertThat(plan.bursts()).isEqualTo(Duration.ofMillis(30_500));
    }
}
