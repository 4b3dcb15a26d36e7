package dev.passerelle.launcher.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CRM stayed away longer than the ERP keeps its tombstones: the endpoint's retention purged the
 * deletes the CRM's change tokens depend on, and answers them expired. The next run says so, reads the
 * entities again from a full snapshot and converges: the contact deleted meanwhile is gone, the one
 * added is there once, the account renamed is renamed, and the edit the CRM made meanwhile reaches the
 * ERP; nothing is lost or duplicated, and the run after it is an ordinary delta.
 */
class ExpiredChangeTokenJourneyTest {

    @TempDir
    Path folder;

    @Test
    void anExpiredTokenFallsBackToAFullSnapshotAndConvergesWithNothingLostOrDuplicated() {
        MovableClock clock = new MovableClock();
        try (Journey journey = Journey.start(folder, 5, clock)) {
            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();
            String code = SplitContractJourneyTest.code(journey, 1);
            long deletedKey = journey.erpCount("SELECT MIN(id) FROM contact");
            long deletedContact = crmId(journey, "CONTACT", deletedKey);
            long editedKey = journey.erpCount("SELECT MAX(id) FROM contact");
            long editedContact = crmId(journey, "CONTACT", editedKey);
            journey.erpSql().useHandle(handle -> {
                handle.execute("DELETE FROM contact WHERE id = ?", deletedKey);
                handle.execute("UPDATE account SET name = N'Renommée Pendant L''Absence' WHERE code = ?", code);
                handle.execute("INSERT INTO contact (account_id, last_name, job_function) SELECT id, N'Nouvelle', N'Arrivée"
                        + " pendant l''absence' FROM account WHERE code = ?", code);
            });
            assertThat(journey.crmSync("contact", "edit", Long.toString(editedContact), "--set", "function=Édité dans le CRM")
                    .exit()).isZero();
            // a month later: the tombstones are past the retention (30 days), and the endpoint's purge is due
            journey.erpSql().useHandle(handle -> handle.execute("UPDATE tombstone SET deleted_at = DATEADD(DAY, -31, deleted_at)"));
            clock.advance(Duration.ofMinutes(2));

            Journey.Result run = journey.crmSync("run", "--no-progress");

            assertThat(run.exit()).as(run.all()).isEqualTo(1);
            assertThat(run.out()).contains("warning: change token of CONTACT expired; the entity is read again from a full snapshot")
                    .contains("warning: change token of ACCOUNT expired; the entity is read again from a full snapshot")
                    .doesNotContain("error:");
            assertThat(journey.erpCount("SELECT COUNT(*) FROM tombstone WHERE entity = 'CONTACT' AND record_id = " + deletedKey))
                    .as("purged by the endpoint's retention").isZero();
            assertThat(journey.crmCount("SELECT COUNT(*) FROM contact WHERE id = " + deletedContact)).isZero();
            assertThat(journey.crmCount("SELECT COUNT(*) FROM identity_map WHERE entity = N'CONTACT' AND erp_key = N'" + deletedKey + "'"))
                    .isZero();
            assertThat(journey.crmCount("SELECT COUNT(*) FROM contact WHERE last_name = N'Nouvelle'")).isOne();
            assertThat(journey.crmValue("SELECT name FROM account WHERE account_code = N'" + code + "'"))
                    .isEqualTo("Renommée Pendant L'Absence");
            assertThat(journey.erpCount("SELECT COUNT(*) FROM contact WHERE id = " + editedKey
                    + " AND job_function = N'Édité dans le CRM'")).isOne();
            inStep(journey);

            Journey.Result next = journey.crmSync("run", "--no-progress");
            assertThat(next.exit()).as(next.all()).isZero();
            assertThat(next.out()).doesNotContain("expired");
            inStep(journey);
        }
    }

    /** Both sides hold the same records, each linked once. */
    static void inStep(Journey journey) {
        for (String[] entity : new String[][] {{"ACCOUNT", "account"}, {"CONTACT", "contact"},
                {"DELIVERY_ADDRESS", "delivery_address"}}) {
            long erp = journey.erpCount("SELECT COUNT(*) FROM " + entity[1]);
            assertThat(journey.crmCount("SELECT COUNT(*) FROM identity_map WHERE entity = N'" + entity[0] + "'"))
                    .as("%s identities", entity[0]).isEqualTo(erp);
            assertThat(journey.crmCount("SELECT COUNT(DISTINCT erp_key) FROM identity_map WHERE entity = N'" + entity[0] + "'"))
                    .as("%s keys", entity[0]).isEqualTo(erp);
        }
        assertThat(journey.crmCount("SELECT COUNT(*) FROM contact")).isEqualTo(journey.erpCount("SELECT COUNT(*) FROM contact"));
        assertThat(journey.crmCount("SELECT COUNT(*) FROM address")).isEqualTo(journey.erpCount("SELECT COUNT(*) FROM delivery_address"));
    }

    static long crmId(Journey journey, String entity, long erpKey) {
        return journey.crmCount("SELECT crm_id FROM identity_map WHERE entity = N'" + entity + "' AND erp_key = N'" + erpKey + "'");
    }
}
