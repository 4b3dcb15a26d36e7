package dev.passerelle.launcher.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What happens in the ERP reaches the CRM as the guide says: a deleted contact is deleted, a deleted
 * account only marks its CRM account (the company is kept) until the administrator removes it with the
 * command diagnose prints; a company set inactive in the CRM makes its account dormant in the ERP; and
 * the daily full resync catches an ERP change made without moving the change pointers.
 */
class ErpSideJourneyTest {

    @TempDir
    Path folder;

    @Test
    void aDeletedAccountIsMarkedKeptThenRemovedByThePrintedCommandAndItsCompanyStays() {
        try (Journey journey = Journey.start(folder, 3)) {
            long company = Journey.printedId(journey.crmSync("company", "add", "--name", "Éphémère", "--type", "CUSTOMER",
                    "--street", "1 rue Courte", "--postal-code", "69001", "--city", "Lyon", "--country", "FR"), "company");
            long account = Journey.printedId(journey.crmSync("create-account", "--company", Long.toString(company)), "account");
            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();
            long key = journey.crmCount("SELECT erp_key FROM identity_map WHERE entity = N'ACCOUNT' AND crm_id = " + account);
            long contactKey = journey.erpCount("SELECT MIN(c.id) FROM contact c JOIN account a ON a.id = c.account_id"
                    + " WHERE a.id <> " + key);
            journey.erpSql().useHandle(handle -> {
                handle.execute("DELETE FROM contact WHERE id = ?", contactKey);
                handle.execute("DELETE FROM delivery_address WHERE account_id = ?", key);
                handle.execute("DELETE FROM account WHERE id = ?", key);
            });

            Journey.Result run = journey.crmSync("run", "--no-progress");
            Journey.Result diagnose = journey.crmSync("diagnose");

            assertThat(run.exit()).as(run.all()).isEqualTo(1);
            assertThat(run.out()).contains("was deleted in the ERP");
            assertThat(journey.crmCount("SELECT COUNT(*) FROM identity_map WHERE entity = N'CONTACT' AND erp_key = N'"
                    + contactKey + "'")).isZero();
            assertThat(diagnose.out()).contains("DELETED_IN_ERP").contains("fix:      crm-sync unlink --account-id " + account);
            assertThat(journey.typed("crm-sync unlink --account-id " + account).exit()).isZero();
            Journey.Result clean = journey.crmSync("diagnose");
            assertThat(clean.out()).doesNotContain("DELETED_IN_ERP");
            assertThat(journey.crmCount("SELECT COUNT(*) FROM company WHERE id = " + company)).isOne();
            assertThat(journey.crmCount("SELECT COUNT(*) FROM account WHERE id = " + account)).isZero();
            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();
        }
    }

    @Test
    void aCompanySetInactiveInTheCrmMakesItsAccountDormantInTheErp() {
        try (Journey journey = Journey.start(folder, 3)) {
            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();
            String code = SplitContractJourneyTest.code(journey, 1);
            long company = SplitContractJourneyTest.company(journey, code);

            assertThat(journey.crmSync("company", "edit", Long.toString(company), "--set", "active=false").exit()).isZero();
            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();

            assertThat(journey.erpCount("SELECT COUNT(*) FROM account WHERE dormant = 1 AND code = N'" + code + "'")).isOne();
            assertThat(journey.crmValue("SELECT CAST(active AS NVARCHAR(5)) FROM company WHERE id = " + company))
                    .isIn("0", "false", "FALSE");
        }
    }

    @Test
    void theFullResyncCatchesAnErpChangeMadeWithoutMovingTheChangePointers() {
        try (Journey journey = Journey.start(folder, 3)) {
            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();
            String code = SplitContractJourneyTest.code(journey, 1);
            // A bulk tool that writes past the change tracking: the version stamp is not moved.
            journey.erpSql().useHandle(handle -> {
                handle.execute("DROP TRIGGER trg_account_version");
                handle.execute("UPDATE account SET name = N'Changé En Douce' WHERE code = ?", code);
                handle.execute("CREATE TRIGGER trg_account_version BEFORE INSERT, UPDATE ON account FOR EACH ROW"
                        + " CALL 'dev.passerelle.server.changes.h2.VersionStampTrigger'");
            });

            Journey.Result delta = journey.crmSync("run", "--no-progress");
            String afterDelta = journey.crmValue("SELECT name FROM account WHERE account_code = N'" + code + "'");
            Journey.Result resync = journey.crmSync("resync", "--no-progress");

            assertThat(delta.exit()).isZero();
            assertThat(afterDelta).isNotEqualTo("Changé En Douce");
            assertThat(resync.exit()).as(resync.all()).isZero();
            assertThat(resync.out()).containsPattern("ACCOUNT +ERP_TO_CRM +corrected +1");
            assertThat(journey.crmValue("SELECT name FROM account WHERE account_code = N'" + code + "'")).isEqualTo("Changé En Douce");
            assertThat(journey.crmValue("SELECT c.name FROM company c JOIN account a ON a.company_id = c.id WHERE a.account_code = N'"
                    + code + "'")).isEqualTo("Changé En Douce");
        }
    }
}
