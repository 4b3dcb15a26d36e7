package dev.passerelle.launcher.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ERP is restored from a backup taken before a contact was made: the CRM still holds the
 * contact's key, which the ERP no longer knows. The next edit of it is answered NOT_FOUND, diagnose
 * names it with the command that sends it again, and that command, typed as printed, brings it back.
 */
class ErpRestoredFromABackupJourneyTest {

    @TempDir
    Path folder;

    @Test
    void aRecordTheErpLostIsReportedAndCreatedAgainByThePrintedCommand() {
        try (Journey journey = Journey.start(folder, 5)) {
            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();
            long contactKey = journey.erpCount("SELECT MIN(id) FROM contact");
            journey.erpSql().useHandle(handle -> {
                handle.execute("DELETE FROM contact WHERE id = ?", contactKey);
                handle.execute("DELETE FROM tombstone WHERE entity = 'CONTACT' AND record_id = ?", contactKey);
            });
            long contactId = journey.crmCount("SELECT crm_id FROM identity_map WHERE entity = N'CONTACT' AND erp_key = N'"
                    + contactKey + "'");
            journey.crm(engine -> engine.edits().editContact(contactId, "function", "Restored buyer"));

            Journey.Result run = journey.crmSync("run", "--no-progress");
            Journey.Result diagnose = journey.crmSync("diagnose");

            assertThat(run.exit()).as(run.all()).isEqualTo(1);
            assertThat(run.out()).contains("NOT_FOUND");
            assertThat(diagnose.exit()).isEqualTo(1);
            assertThat(diagnose.out()).contains("UNKNOWN_TO_ERP").contains("no longer knows CONTACT " + contactId);
            List<String> fixes = Journey.printedCommands(diagnose.out());
            assertThat(fixes).anySatisfy(fix -> assertThat(fix).startsWith("crm-sync errors --recreate "));
            String recreate = fixes.stream().filter(fix -> fix.startsWith("crm-sync errors --recreate ")).findFirst().orElseThrow();

            assertThat(journey.typed(recreate).exit()).isZero();
            Journey.Result again = journey.crmSync("run", "--no-progress");

            assertThat(again.exit()).as(again.all()).isZero();
            assertThat(journey.erpCount("SELECT COUNT(*) FROM contact WHERE job_function = N'Restored buyer'")).isOne();
            assertThat(journey.crmCount("SELECT COUNT(*) FROM identity_map WHERE entity = N'CONTACT' AND crm_id = " + contactId
                    + " AND erp_key <> N'" + contactKey + "'")).isOne();
            Journey.Result clean = journey.crmSync("diagnose");
            assertThat(clean.out()).doesNotContain("UNKNOWN_TO_ERP");
        }
    }
}
