package dev.passerelle.launcher.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same field changed on both sides between two runs: by default the ERP wins, with
 * conflict-policy=crm-wins the CRM does; either way the run says so, and the run's log shows both
 * values and the winner. A field changed on one side only always flows.
 */
class ConflictJourneyTest {

    @TempDir
    Path folder;

    @Test
    void theErpWinsByDefaultAndTheLogShowsBothValues() {
        try (Journey journey = Journey.start(folder, 3)) {
            Journey.Result run = bothSidesChange(journey);

            assertThat(run.exit()).as(run.all()).isZero();
            assertThat(run.out()).containsPattern("website +https://crm.example +https://erp.example +ERP");
            assertThat(journey.erpCount("SELECT COUNT(*) FROM account WHERE website = N'https://erp.example'")).isOne();
            assertThat(journey.erpCount("SELECT COUNT(*) FROM account WHERE city = N'Villeurbanne'")).as("one side only").isOne();
            Journey.Result log = journey.crmSync("log", "--run", "2");
            assertThat(log.out()).contains("CONFLICT").contains("https://crm.example").contains("https://erp.example")
                    .contains("ERP wins");
        }
    }

    @Test
    void withCrmWinsTheCrmsValueGoesToTheErp() {
        try (Journey journey = Journey.start(folder, 3, "integration.main.conflict-policy=crm-wins")) {
            Journey.Result run = bothSidesChange(journey);

            assertThat(run.exit()).as(run.all()).isZero();
            assertThat(run.out()).containsPattern("website +https://crm.example +https://erp.example +CRM");
            assertThat(journey.erpCount("SELECT COUNT(*) FROM account WHERE website = N'https://crm.example'")).isOne();
            assertThat(journey.crmCount("SELECT COUNT(*) FROM company WHERE website = N'https://crm.example'")).isOne();
        }
    }

    /** Two runs: the first sync, then one after the same account field was changed on both sides (website). */
    static Journey.Result bothSidesChange(Journey journey) {
        assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();
        String code = SplitContractJourneyTest.code(journey, 1);
        String company = Long.toString(SplitContractJourneyTest.company(journey, code));
        journey.erpSql().useHandle(handle -> handle.execute("UPDATE account SET website = N'https://erp.example' WHERE code = ?", code));
        assertThat(journey.crmSync("company", "edit", company, "--set", "website=https://crm.example",
                "--set", "billing.city=Villeurbanne").exit()).isZero();
        return journey.crmSync("run", "--no-progress");
    }
}
