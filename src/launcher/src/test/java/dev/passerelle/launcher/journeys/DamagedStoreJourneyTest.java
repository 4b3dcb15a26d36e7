package dev.passerelle.launcher.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash of the store's database left a contact's row gone while its identity and a pending edit of
 * it stayed (a transaction partly visible after recovery). {@code store check} names the damage and
 * the command that repairs it; the repair, typed as printed, removes what points at nothing and
 * prints the resync that brings the contact back; a pending edit of another record survives it all.
 */
class DamagedStoreJourneyTest {

    @TempDir
    Path folder;

    @Test
    void checkNamesTheDamageAndThePrintedCommandsRepairItWithoutLosingOtherEdits() {
        try (Journey journey = Journey.start(folder, 5)) {
            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();
            long companyId = journey.crmCount("SELECT MIN(company_id) FROM account");
            long contactId = journey.crmCount("SELECT MIN(id) FROM contact");
            String contactKey = journey.crmValue("SELECT erp_key FROM identity_map WHERE entity = N'CONTACT' AND crm_id = "
                    + contactId);
            journey.crm(engine -> {
                engine.edits().renameCompany(companyId, "Renamed before the crash");
                engine.edits().editContact(contactId, "function", "Lost in the crash");
            });
            journey.crmSql().useHandle(handle -> handle.execute("DELETE FROM contact WHERE id = ?", contactId));

            Journey.Result check = journey.crmSync("store", "check");

            assertThat(check.exit()).as(check.all()).isEqualTo(1);
            assertThat(check.out()).contains("IDENTITY_WITHOUT_RECORD").contains("CONTACT " + contactId)
                    .contains("PENDING_EDIT_WITHOUT_RECORD");
            List<String> fixes = Journey.printedCommands(check.out());
            assertThat(fixes).containsExactly("crm-sync store repair");

            Journey.Result repair = journey.typed(fixes.get(0));

            assertThat(repair.exit()).as(repair.all()).isZero();
            assertThat(repair.out()).contains("removed 1 identities and 1 pending edits");
            List<String> next = Journey.printedCommands(repair.out());
            assertThat(next).containsExactly("crm-sync resync");

            Journey.Result resync = journey.typed(next.get(0) + " --no-progress");

            assertThat(resync.exit()).as(resync.all()).isZero();
            assertThat(journey.crmCount("SELECT COUNT(*) FROM identity_map WHERE entity = N'CONTACT' AND erp_key = N'"
                    + contactKey + "'")).isOne();
            assertThat(journey.crmCount("SELECT COUNT(*) FROM contact")).isEqualTo(journey.erpCount("SELECT COUNT(*) FROM contact"));
            String accountKey = journey.crmValue("SELECT i.erp_key FROM identity_map i JOIN account a ON a.id = i.crm_id"
                    + " WHERE i.entity = N'ACCOUNT' AND a.company_id = " + companyId);
            assertThat(journey.erpCount("SELECT COUNT(*) FROM account WHERE name = N'Renamed before the crash' AND id = "
                    + accountKey)).isOne();
            Journey.Result again = journey.crmSync("store", "check");
            assertThat(again.exit()).as(again.all()).isZero();
            assertThat(again.out()).contains("the CRM store is sound");
        }
    }
}
