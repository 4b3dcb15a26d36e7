package dev.passerelle.bench.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChaosPlanTest {

    private static final List<Scenario> ALL = List.of(Scenario.values());

    @Test
    void trialZeroTakesTheSeedItselfSoThatATrialReplaysAlone() {
        ChaosPlan plan = new ChaosPlan(20, 2000, 1234, ALL, 1);
        long seventh = plan.seedOf(7);

        ChaosPlan replay = new ChaosPlan(1, 2000, seventh, List.of(plan.scenarioOf(7)), 1);

        assertThat(plan.seedOf(0)).isEqualTo(1234);
        assertThat(replay.seedOf(0)).isEqualTo(seventh);
        assertThat(replay.scenarioOf(0)).isEqualTo(Scenario.DELTA_CRM_TO_ERP);
        assertThat(List.of(plan.seedOf(1), plan.seedOf(2), plan.seedOf(3))).doesNotHaveDuplicates().doesNotContain(1234L);
    }

    @Test
    void trialsTakeTheScenariosInTurn() {
        ChaosPlan plan = new ChaosPlan(7, 2000, 1, List.of(Scenario.SEND_NEW_RECORDS, Scenario.FIRST_SYNC), 1);

        assertThat(List.of(plan.scenarioOf(0), plan.scenarioOf(1), plan.scenarioOf(2), plan.scenarioOf(6)))
                .containsExactly(Scenario.SEND_NEW_RECORDS, Scenario.FIRST_SYNC, Scenario.SEND_NEW_RECORDS,
                        Scenario.SEND_NEW_RECORDS);
        assertThat(new ChaosPlan(2, 2000, 1, ALL, 1).scenariosTried())
                .containsExactly(Scenario.FIRST_SYNC, Scenario.DELTA_ERP_TO_CRM);
    }

    @Test
    void theChangesGrowWithTheErpWithinBounds() {
        assertThat(new ChaosPlan(1, 2000, 1, ALL, 1).edits()).isEqualTo(250);
        assertThat(new ChaosPlan(1, 2000, 1, ALL, 1).newRecords()).isEqualTo(500);
        assertThat(new ChaosPlan(1, 20, 1, ALL, 1).edits()).isEqualTo(20);
        assertThat(new ChaosPlan(1, 1_000_000, 1, ALL, 1).newRecords()).isEqualTo(1000);
    }

    @Test
    void refusesWhatCannotRun() {
        assertThatThrownBy(() -> new ChaosPlan(0, 2000, 1, ALL, 1)).hasMessageContaining("--trials");
        assertThatThrownBy(() -> new ChaosPlan(1, 10, 1, ALL, 1)).hasMessageContaining("--accounts");
        assertThatThrownBy(() -> new ChaosPlan(1, 2000, 1, List.of(), 1)).hasMessageContaining("scenario");
        assertThatThrownBy(() -> new ChaosPlan(1, 2000, 1, List.of(Scenario.FIRST_SYNC), 2)).hasMessageContaining("--parallel");
        assertThatThrownBy(() -> Scenario.named("everything")).hasMessageContaining("first-sync");
    }
}
