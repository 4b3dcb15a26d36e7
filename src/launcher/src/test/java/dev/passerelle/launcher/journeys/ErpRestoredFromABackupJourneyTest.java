package dev.passerelle.launcher.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ERP is restored from a backup taken before a contact was made: the CRM still holds the
 * contact's key, which the ERP no longer knows. The next edit of it is answered NOT_FOUND, diagnose
 * names it with the command that sends it again, and that command, typed as printed, brings it back.
 * A whole database put back from last night's backup takes the ERP's change versions back too: the
 * CRM's tokens are then ahead of the ERP, and the next run says so, reads everything again from a full
 * snapshot comparing every record whatever its version, and follows the ERP as restored, the changes
 * made since the restore included.
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

    @Test
    void aDatabaseRestoredWithItsVersionsGoingBackIsReadAgainFromASnapshotAndFollowed() {
        try (Journey journey = Journey.start(folder, 5)) {
            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();
            Path backup = folder.resolve("erp-backup.mv.db");
            journey.restartErp(() -> copy(journey.erpFile(), backup));
            String renamed = SplitContractJourneyTest.code(journey, 1);
            String before = journey.crmValue("SELECT name FROM account WHERE account_code = N'" + renamed + "'");
            journey.erpSql().useHandle(handle -> {
                handle.execute("UPDATE account SET name = N'Renommée Puis Perdue' WHERE code = ?", renamed);
                handle.execute("INSERT INTO contact (account_id, last_name) SELECT id, N'Perdu' FROM account WHERE code = ?", renamed);
            });
            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();
            assertThat(journey.crmCount("SELECT COUNT(*) FROM contact WHERE last_name = N'Perdu'")).isOne();

            journey.restartErp(() -> copy(backup, journey.erpFile()));
            String changed = SplitContractJourneyTest.code(journey, 2);
            journey.erpSql().useHandle(handle -> handle.execute("UPDATE account SET name = N'Changée Après La Restauration'"
                    + " WHERE code = ?", changed));

            Journey.Result run = journey.crmSync("run", "--no-progress");

            assertThat(run.exit()).as(run.all()).isEqualTo(1);
            assertThat(run.out()).contains("warning: change token of ACCOUNT expired; the entity is read again from a full snapshot")
                    .doesNotContain("error:");
            assertThat(journey.crmValue("SELECT name FROM account WHERE account_code = N'" + renamed + "'")).isEqualTo(before);
            assertThat(journey.crmValue("SELECT name FROM account WHERE account_code = N'" + changed + "'"))
                    .isEqualTo("Changée Après La Restauration");
            assertThat(journey.crmCount("SELECT COUNT(*) FROM contact WHERE last_name = N'Perdu'")).isZero();
            ExpiredChangeTokenJourneyTest.inStep(journey);

            // the restored ERP goes on: its next change of the account the restore took back reaches the CRM
            journey.erpSql().useHandle(handle -> handle.execute("UPDATE account SET name = N'Renommée Après La Restauration'"
                    + " WHERE code = ?", renamed));
            Journey.Result next = journey.crmSync("run", "--no-progress");

            assertThat(next.exit()).as(next.all()).isZero();
            assertThat(next.out()).doesNotContain("expired");
            assertThat(journey.crmValue("SELECT name FROM account WHERE account_code = N'" + renamed + "'"))
                    .isEqualTo("Renommée Après La Restauration");
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
