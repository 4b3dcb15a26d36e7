package dev.passerelle.launcher.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exclusive ERP work, both ways the guide offers: the ERP's operator puts every endpoint in
 * maintenance (runs back off and end with a warning, the CRM's edits wait, nothing is lost); the CRM
 * administrator disconnects the integration (runs are refused with exit 6 until reconnected, edits
 * queue). Each ends with the queued edits reaching the ERP.
 */
class MaintenanceJourneyTest {

    @TempDir
    Path folder;

    @Test
    void anErpInMaintenanceMakesRunsWaitAndWarnAndLosesNothing() throws InterruptedException {
        try (Journey journey = Journey.start(folder, 3)) {
            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();
            String code = SplitContractJourneyTest.code(journey, 1);
            String company = Long.toString(SplitContractJourneyTest.company(journey, code));
            assertThat(journey.crmSync("company", "edit", company, "--set", "website=https://pendant.example").exit()).isZero();

            Journey.Result on = Journey.passerelle("erp-server", "maintenance", "on", "--db", journey.erpUrl(),
                    "--reason", "inventaire", "--by", "ops");
            assertThat(on.exit()).as(on.all()).isZero();
            assertThat(awaitCheck(journey, 1).out()).contains("in maintenance");
            Journey.Result waited = journey.crmSync("run", "--no-progress");

            assertThat(waited.exit()).as(waited.all()).isEqualTo(1);
            assertThat(waited.out()).contains("in maintenance");
            assertThat(journey.crmCount("SELECT COUNT(*) FROM outbox")).as("the edit waits").isOne();
            assertThat(Journey.passerelle("erp-server", "maintenance", "status", "--db", journey.erpUrl()).out())
                    .contains("on since").contains("by ops: inventaire");

            assertThat(Journey.passerelle("erp-server", "maintenance", "off", "--db", journey.erpUrl()).exit()).isZero();
            assertThat(awaitCheck(journey, 0).out()).contains("ready");
            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();
            assertThat(journey.erpCount("SELECT COUNT(*) FROM account WHERE website = N'https://pendant.example'")).isOne();
        }
    }

    @Test
    void aDisconnectedIntegrationRefusesRunsUntilReconnectedThenSendsWhatQueued() {
        try (Journey journey = Journey.start(folder, 3)) {
            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();
            String code = SplitContractJourneyTest.code(journey, 1);
            String company = Long.toString(SplitContractJourneyTest.company(journey, code));
            assertThat(journey.crmSync("disconnect", "--reason", "mise à jour des prix").exit()).isZero();
            assertThat(journey.crmSync("company", "edit", company, "--set", "website=https://hors-ligne.example").exit()).isZero();

            Journey.Result refused = journey.crmSync("run", "--no-progress");
            Journey.Result status = journey.crmSync("status");

            assertThat(refused.exit()).isEqualTo(6);
            assertThat(refused.err()).contains("crm-sync reconnect");
            assertThat(status.out().replaceAll("\\s+", " ")).contains("disconnected by").contains("mise à jour des prix");
            assertThat(journey.crmSync("reconnect").exit()).isZero();
            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();
            assertThat(journey.erpCount("SELECT COUNT(*) FROM account WHERE website = N'https://hors-ligne.example'")).isOne();
        }
    }

    /** check-connection until it answers {@code exit} (an endpoint reads the switch at most once a second). */
    private static Journey.Result awaitCheck(Journey journey, int exit) throws InterruptedException {
        Journey.Result check = journey.crmSync("check-connection");
        for (int tries = 0; check.exit() != exit && tries < 20; tries++) {
            Thread.sleep(250);
            check = journey.crmSync("check-connection");
        }
        assertThat(check.exit()).as(check.all()).isEqualTo(exit);
        return check;
    }
}
