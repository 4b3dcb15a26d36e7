package dev.passerelle.launcher.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CRM user flags a customer "never sync" while its data is being cleaned up. For as many runs as
 * the flag stays, the ERP's changes do not reach the company (parked) and the CRM's edits do not reach
 * the ERP (held: each run ends with a warning that says why); nothing is lost: once the flag is
 * cleared, the next run brings the ERP's change and sends the CRM's edit.
 */
class NeverSyncJourneyTest {

    @TempDir
    Path folder;

    @Test
    void aNeverSyncCompanyHoldsBothSidesChangesUntilTheFlagIsCleared() {
        try (Journey journey = Journey.start(folder, 4)) {
            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();
            String code = SplitContractJourneyTest.code(journey, 1);
            long company = SplitContractJourneyTest.company(journey, code);
            String id = Long.toString(company);
            assertThat(journey.crmSync("flag", "--company", id, "--never-sync", "true").exit()).isZero();
            journey.erpSql().useHandle(handle -> handle.execute("UPDATE account SET name = N'Nettoyé Dans l''ERP' WHERE code = ?",
                    code));
            Journey.Result edit = journey.crmSync("company", "edit", id, "--set", "website=https://nettoye.example");

            Journey.Result first = journey.crmSync("run", "--no-progress");
            Journey.Result second = journey.crmSync("run", "--no-progress");

            assertThat(edit.exit()).as(edit.all()).isZero();
            assertThat(first.out()).contains("parked");
            for (Journey.Result held : List.of(first, second)) {
                assertThat(held.exit()).as("a warning: the CRM's edit waits; %s", held.all()).isEqualTo(1);
                assertThat(held.out()).contains("held").contains("belongs to a company out of the flow (never sync / not this time)");
            }
            assertThat(journey.crmValue("SELECT name FROM company WHERE id = " + company)).isNotEqualTo("Nettoyé Dans l'ERP");
            assertThat(erpWebsite(journey, code)).isNotEqualTo("https://nettoye.example");

            assertThat(journey.crmSync("flag", "--company", id, "--never-sync", "false").exit()).isZero();
            Journey.Result back = journey.crmSync("run", "--no-progress");

            assertThat(back.exit()).as(back.all()).isZero();
            assertThat(journey.crmValue("SELECT name FROM company WHERE id = " + company)).isEqualTo("Nettoyé Dans l'ERP");
            assertThat(erpWebsite(journey, code)).isEqualTo("https://nettoye.example");
            assertThat(journey.crmCount("SELECT COUNT(*) FROM outbox")).isZero();
        }
    }

    private static String erpWebsite(Journey journey, String code) {
        return journey.erpSql().withHandle(handle -> handle.createQuery("SELECT website FROM account WHERE code = :code")
                .bind("code", code).mapTo(String.class).one());
    }
}
