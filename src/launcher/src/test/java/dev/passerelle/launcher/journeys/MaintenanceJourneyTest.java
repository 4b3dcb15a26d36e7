package dev.passerelle.launcher.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exclusive ERP work, both ways the guide offers: the ERP's operator puts every endpoint in
 * maintenance (runs ask the ERP again as often as {@code retry-attempts} allows, waiting longer each time,
 * then end with a warning that says so; the CRM's edits wait, nothing is lost); the CRM
 * administrator disconnects the integration (runs are refused with exit 6 until reconnected, edits
 * queue). Each ends with the queued edits reaching the ERP.
 */
class MaintenanceJourneyTest {

    private static final String SERVICE_INFO_CALLS =
            "passerelle_erp_calls_seconds_count{operation=\"GetServiceInfo\",outcome=\"success\"}";
    private static final String PAGES_READ = "passerelle_erp_calls_seconds_count{operation=\"GetChanges\",outcome=\"success\"}";

    @TempDir
    Path folder;

    @Test
    void anErpInMaintenanceMakesRunsBackOffAsOftenAsConfiguredThenWarnAndLosesNothing() throws InterruptedException {
        try (Journey journey = Journey.start(folder, 3)) {
            // retry-attempts (default 4) bounds the checks of a run: 3 checks wait 1 s, then 2 s
            journey.configure("integration.main.retry-attempts=3");
            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();
            String code = SplitContractJourneyTest.code(journey, 1);
            String company = Long.toString(SplitContractJourneyTest.company(journey, code));
            assertThat(journey.crmSync("company", "edit", company, "--set", "website=https://pendant.example").exit()).isZero();

            Journey.Result on = Journey.passerelle("erp-server", "maintenance", "on", "--db", journey.erpUrl(),
                    "--reason", "inventaire", "--by", "ops");
            assertThat(on.exit()).as(on.all()).isZero();
            assertThat(awaitCheck(journey, 1).out()).contains("the ERP is in maintenance: runs wait and end with a warning");
            double checksBefore = journey.erpMetric(SERVICE_INFO_CALLS);
            double pagesBefore = journey.erpMetric(PAGES_READ);
            Journey.Result waited = journey.crmSync("run", "--no-progress");

            assertThat(waited.exit()).as(waited.all()).isEqualTo(1);
            assertThat(waited.out()).contains("WARNING").contains("warning: the ERP is in maintenance: still so after 3 checks"
                    + " over 3 s, as many as integration.main.retry-attempts allows; nothing was exchanged, the next run"
                    + " goes on from here");
            assertThat(journey.erpMetric(SERVICE_INFO_CALLS) - checksBefore).as("the ERP was asked as often as configured")
                    .isEqualTo(3);
            assertThat(journey.erpMetric(PAGES_READ)).as("no change read").isEqualTo(pagesBefore);
            assertThat(journey.crmCount("SELECT COUNT(*) FROM outbox")).as("the edit waits").isOne();
            assertThat(Journey.passerelle("erp-server", "maintenance", "status", "--db", journey.erpUrl()).out())
                    .contains("on since").contains("by ops: inventaire");

            assertThat(Journey.passerelle("erp-server", "maintenance", "off", "--db", journey.erpUrl()).exit()).isZero();
            assertThat(awaitCheck(journey, 0).out()).contains("ready");
            Journey.Result next = journey.crmSync("run", "--no-progress");
            assertThat(next.exit()).as(next.all()).isZero();
            assertThat(next.out()).doesNotContain("warning:");
            assertThat(journey.erpCount("SELECT COUNT(*) FROM account WHERE website = N'https://pendant.example'")).isOne();
            assertThat(journey.crmCount("SELECT COUNT(*) FROM outbox")).isZero();
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
