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
            "199 | 1 | 60 | 30 | 240 | --watch-accounts must be at least 200",
            "200 | 0 | 60 | 30 | 240 | --watch-interval must be at least 1 second",
            "200 | 1 | 1  | 30 | 240 | --watch-duration must be at least 2 seconds",
            "200 | 1 | 60 | 0  | 240 | --watch-idle must be at least 1 second",
            "200 | 1 | 60 | 30 | -1  | --watch-settle must not be negative",
    })
    void refusesAPlanThatCannotRun(int accounts, int intervalSeconds, int changeSeconds, int idleSeconds, int settleSeconds,
                                   String message) {
        assertThatThrownBy(() -> new WatchPlan(accounts, Duration.ofSeconds(intervalSeconds), WatchPlan.BOTH,
                Duration.ofSeconds(changeSeconds), Duration.ofSeconds(idleSeconds), Duration.ofSeconds(settleSeconds)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void commitsSingleChangesForTheFirstHalfAndBurstsForTheRest() {
        WatchPlan plan = new WatchPlan(1000, WatchPlan.SHORTEST_INTERVAL, WatchPlan.BOTH, Duration.ofSeconds(61),
                Duration.ofSeconds(30), Duration.ZERO);

        assertThat(plan.steady()).isEqualTo(Duration.ofMillis(30_500));
        assertThat(plan.bursts()).isEqualTo(Duration.ofMillis(30_500));
    }

    @Test
    void makesChangesInTheDirectionsNamed() {
        assertThat(BenchCommand.directions("both")).containsExactlyInAnyOrder(LatencyProbe.Direction.values());
        assertThat(BenchCommand.directions("crm-to-erp")).containsExactly(LatencyProbe.Direction.CRM_TO_ERP);
        assertThat(BenchCommand.directions("erp-to-crm")).containsExactly(LatencyProbe.Direction.ERP_TO_CRM);
        assertThatThrownBy(() -> BenchCommand.directions("crm")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--watch-directions must be both, erp-to-crm or crm-to-erp, not crm");
        assertThatThrownBy(() -> new WatchPlan(1000, WatchPlan.SHORTEST_INTERVAL, java.util.Set.of(), Duration.ofSeconds(60),
                Duration.ofSeconds(30), Duration.ZERO)).hasMessage("--watch-directions must name at least one direction");
    }
}
