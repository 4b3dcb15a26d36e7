package dev.passerelle.launcher.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The errors tab: the ERP rejects a record, errors shows the ERP's field errors in full, diagnose
 * prints the command that takes it out of the flow; once stopped it is not sent; the administrator
 * fixes the value, puts it back with the command diagnose prints, and the next run delivers it.
 */
class ErrorsTabJourneyTest {

    @TempDir
    Path folder;

    @Test
    void aRejectedRecordIsStoppedFixedReactivatedAndDelivered() {
        try (Journey journey = Journey.start(folder, 3, "integration.main.code-mode=free")) {
            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();
            String company = Long.toString(Journey.printedId(journey.crmSync("company", "add", "--name", "Doublon",
                    "--type", "CUSTOMER"), "company"));
            // the ERP gives the code to one of its accounts meanwhile: free in the CRM when typed, taken when sent
            journey.erpSql().useHandle(handle -> handle.execute("UPDATE account SET code = N'PRIS01' WHERE id = (SELECT MIN(id) FROM account)"));
            long account = Journey.printedId(journey.crmSync("create-account", "--company", company, "--code", "PRIS01"), "account");

            Journey.Result rejected = journey.crmSync("run", "--no-progress");
            Journey.Result errors = journey.crmSync("errors");
            Journey.Result json = journey.crmSync("errors", "--format", "json");

            assertThat(rejected.exit()).as(rejected.all()).isEqualTo(1);
            assertThat(errors.exit()).isEqualTo(1);
            assertThat(errors.out().replaceAll("\\s+", " ")).contains("account.accountCode NOT_UNIQUE: another account has this code (PRIS01)");
            assertThat(json.out()).contains("\"crm_id\": " + account).contains("\"status\": \"REJECTED\"");

            Journey.Result stop = journey.typed(fix(journey.crmSync("diagnose"), "REJECTED"));
            assertThat(stop.exit()).as(stop.all()).isZero();
            Journey.Result skipped = journey.crmSync("run", "--no-progress");
            assertThat(skipped.out()).doesNotContain("REJECTED");
            assertThat(journey.crmSync("set-code", "--account-id", Long.toString(account), "--code", "DOUBLON01").exit()).isZero();
            Journey.Result reactivate = journey.typed(fix(journey.crmSync("diagnose"), "STOPPED"));
            assertThat(reactivate.exit()).as(reactivate.all()).isZero();

            Journey.Result delivered = journey.crmSync("run", "--no-progress");

            assertThat(delivered.exit()).as(delivered.all()).isZero();
            assertThat(journey.crmSync("errors").out()).doesNotContain("DOUBLON");
            assertThat(journey.erpCount("SELECT COUNT(*) FROM account WHERE code = N'DOUBLON01' AND name = N'Doublon'")).isOne();
            assertThat(journey.crmSync("diagnose").exit()).isZero();
        }
    }

    /** The fix diagnose prints for the first finding of a kind. */
    static String fix(Journey.Result diagnose, String kind) {
        List<String> lines = diagnose.out().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(kind)) {
                for (int j = i + 1; j < lines.size() && lines.get(j).startsWith("  "); j++) {
                    if (lines.get(j).startsWith("  fix:")) {
                        return lines.get(j).substring("  fix:".length()).trim();
                    }
                }
            }
        }
        throw new AssertionError("no " + kind + " finding with a fix in: " + diagnose.out());
    }
}
