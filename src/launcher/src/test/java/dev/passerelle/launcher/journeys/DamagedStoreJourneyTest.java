package dev.passerelle.launcher.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash of the store's database left a contact's row gone while its identity and a pending edit of
 * it stayed (a transaction partly visible after recovery). {@code store check} names the damage and
 * the command that repairs it; the repair, typed as printed, removes what points at nothing and
 * prints the resync that brings the contact back; a pending edit of another record survives it all.
 * A store file with a page that no longer reads back (a torn write) is rebuilt from its other pages,
 * and the resync brings the lost rows back; a file that H2's recovery cannot make a database of again
 * is left exactly as it was, with the reason and what to do.
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

    @Test
    void aPageThatNoLongerReadsBackIsRebuiltFromTheOthersAndTheResyncBringsItsRowsBack() throws IOException {
        try (Journey journey = Journey.start(folder, 300)) {
            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();
            long companyId = journey.crmCount("SELECT MIN(company_id) FROM account");
            journey.crm(engine -> engine.edits().renameCompany(companyId, "Renamed before the torn write"));
            long contacts = journey.crmCount("SELECT COUNT(*) FROM contact");
            List<Long> pages = TornPages.pagesOf(file(), contacts, journey.crmCount("SELECT MIN(id) FROM contact"),
                    journey.crmCount("SELECT MAX(id) FROM contact"));
            TornPages.zeroHead(file(), pages.get(pages.size() / 2));

            Journey.Result check = journey.crmSync("store", "check");

            assertThat(check.exit()).as(check.all()).isEqualTo(1);
            assertThat(check.out().replaceAll("\\s+", " ")).contains("UNREADABLE_TABLE contact").contains("File corrupted");
            List<String> fixes = Journey.printedCommands(check.out());
            assertThat(fixes).containsExactly("crm-sync store repair");

            Journey.Result repair = journey.typed(fixes.get(0));

            assertThat(repair.exit()).as(repair.all()).isZero();
            assertThat(repair.out()).contains("rebuilt the CRM store from what could be read");
            assertThat(siblings("crm.damaged-")).hasSize(1);
            long kept = journey.crmCount("SELECT COUNT(*) FROM contact");
            assertThat(kept).isPositive().isLessThan(contacts);
            assertThat(repair.out()).contains("removed " + (contacts - kept) + " identities");
            Journey.Result sound = journey.crmSync("store", "check");
            assertThat(sound.exit()).as(sound.all()).isZero();
            assertThat(sound.out()).contains("the CRM store is sound");
            List<String> next = Journey.printedCommands(repair.out());
            assertThat(next).containsExactly("crm-sync resync");

            Journey.Result resync = journey.typed(next.get(0) + " --no-progress");
            Journey.Result run = journey.crmSync("run", "--no-progress");

            assertThat(resync.exit()).as(resync.all()).isZero();
            assertThat(run.exit()).as(run.all()).isZero();
            long erpContacts = journey.erpCount("SELECT COUNT(*) FROM contact");
            assertThat(journey.crmCount("SELECT COUNT(*) FROM contact")).isEqualTo(erpContacts);
            assertThat(journey.crmCount("SELECT COUNT(*) FROM identity_map WHERE entity = N'CONTACT'")).isEqualTo(erpContacts);
            assertThat(journey.crmCount("SELECT COUNT(*) FROM account")).isEqualTo(journey.erpCount("SELECT COUNT(*) FROM account"));
            assertThat(journey.crmCount("SELECT COUNT(*) FROM outbox")).isZero();
            String accountKey = journey.crmValue("SELECT i.erp_key FROM identity_map i JOIN account a ON a.id = i.crm_id"
                    + " WHERE i.entity = N'ACCOUNT' AND a.company_id = " + companyId);
            assertThat(journey.erpCount("SELECT COUNT(*) FROM account WHERE name = N'Renamed before the torn write' AND id = "
                    + accountKey)).isOne();
        }
    }

    @Test
    void aFileThatCannotBeRebuiltIsLeftAsItWasWithTheReason() throws IOException {
        try (Journey journey = Journey.start(folder, 300)) {
            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();
            long contacts = journey.crmCount("SELECT COUNT(*) FROM contact");
            List<Long> pages = TornPages.pagesOf(file(), contacts, journey.crmCount("SELECT MIN(id) FROM contact"),
                    journey.crmCount("SELECT MAX(id) FROM contact"));
            TornPages.zeroHead(file(), pages.get(1));
            TornPages.zeroTail(file(), pages.get(pages.size() - 1));
            byte[] damaged = Files.readAllBytes(file());
            Journey.Result check = journey.crmSync("store", "check");
            assertThat(check.exit()).as(check.all()).isEqualTo(1);

            Journey.Result repair = journey.typed(Journey.printedCommands(check.out()).get(0));

            assertThat(repair.exit()).as(repair.all()).isEqualTo(2);
            assertThat(repair.err()).contains("failed: the CRM store cannot be rebuilt: H2's recovery")
                    .contains("the store is left as it was").contains("crm.recovered-")
                    .contains("next: put back the store's last backup, then crm-sync resync");
            assertThat(Files.readAllBytes(file())).isEqualTo(damaged);
            assertThat(siblings("crm.damaged-")).isEmpty();
            assertThat(siblings("crm.rebuild-")).isEmpty();
            Journey.Result again = journey.crmSync("store", "check");
            assertThat(again.exit()).as(again.all()).isEqualTo(1);
            assertThat(again.out()).isEqualTo(check.out());
        }
    }

    private Path file() {
        return folder.resolve("crm.mv.db");
    }

    private List<Path> siblings(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(path -> path.getFileName().toString().startsWith(prefix)).toList();
        }
    }
}
