package dev.passerelle.launcher.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records that stopped syncing are never silent: diagnose finds each and prints the command that
 * fixes it, complete, on a line of its own; typed as printed, each command runs and its finding is
 * gone. A customer typed in the CRM under a slightly different name than its ERP account is linked to
 * it, not pushed as a duplicate account; an ERP account left without a company is linked to the
 * company that is probably its own; an account waiting for its code gets a code that is free.
 */
class UnlinkedRecordsJourneyTest {

    @TempDir
    Path folder;

    @Test
    void everyPrintedFixRunsAsPrintedAndClearsItsFinding() {
        try (Journey journey = Journey.start(folder, 5, "integration.main.code-mode=free")) {
            String code = SplitContractJourneyTest.code(journey, 1);
            String erpName = journey.erpSql().withHandle(handle -> handle.createQuery("SELECT name FROM account WHERE code = :code")
                    .bind("code", code).mapTo(String.class).one());
            long customer = Journey.printedId(journey.crmSync("company", "add", "--name", erpName.toUpperCase() + " SARL",
                    "--type", "CUSTOMER"), "company");
            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();
            String orphanCode = SplitContractJourneyTest.code(journey, 2);
            long orphan = SplitContractJourneyTest.accountId(journey, orphanCode);
            String orphanName = journey.crmValue("SELECT name FROM account WHERE id = " + orphan);
            long formerCompany = SplitContractJourneyTest.company(journey, orphanCode);
            assertThat(journey.crmSync("unlink", "--account", orphanCode).exit()).isZero();
            assertThat(journey.crmSync("company", "delete", Long.toString(formerCompany)).exit()).isZero();
            long ownCompany = Journey.printedId(journey.crmSync("company", "add", "--name", orphanName + " S.A.S.",
                    "--type", "PROSPECT"), "company");
            long pending = Journey.printedId(journey.crmSync("create-account", "--company", Long.toString(
                    Journey.printedId(journey.crmSync("company", "add", "--name", "Sans Code"), "company"))), "account");

            Journey.Result diagnose = journey.crmSync("diagnose");

            assertThat(diagnose.exit()).isEqualTo(1);
            assertThat(diagnose.out()).contains("UNLINKED_COMPANY").contains("UNMATCHED_ACCOUNT").contains("CODE_TO_TYPE")
                    .doesNotContain("…");
            assertThat(fixes(diagnose)).contains("crm-sync relink --account " + code + " --to-company " + customer,
                    "crm-sync link --company " + ownCompany + " --account " + orphanCode);
            assertThat(fixes(diagnose)).anySatisfy(fix -> assertThat(fix).startsWith("crm-sync set-code --account-id " + pending
                    + " --code SANSCODE"));

            // As a person works through it: the first fix printed, typed as printed, then diagnose again.
            for (int round = 0; round < 5 && !fixes(diagnose).isEmpty(); round++) {
                String fix = fixes(diagnose).get(0);
                Journey.Result ran = journey.typed(fix);
                assertThat(ran.exit()).as(fix + ": " + ran.all()).isZero();
                Journey.Result next = journey.crmSync("diagnose");
                assertThat(fixes(next)).as("after " + fix).doesNotContain(fix);
                diagnose = next;
            }

            Journey.Result after = journey.crmSync("diagnose");
            assertThat(after.exit()).as(after.all()).isZero();
            assertThat(after.out()).contains("everything is in step");
            assertThat(journey.crmCount("SELECT company_id FROM account WHERE account_code = N'" + code + "'")).isEqualTo(customer);
            assertThat(journey.crmCount("SELECT COUNT(*) FROM company")).isEqualTo(journey.erpCount("SELECT COUNT(*) FROM account") + 1);
            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();
            assertThat(journey.erpCount("SELECT COUNT(*) FROM account WHERE code LIKE N'SANSCODE%'")).isOne();
        }
    }

    private static List<String> fixes(Journey.Result diagnose) {
        return diagnose.out().lines().filter(line -> line.startsWith("  fix:"))
                .map(line -> line.substring("  fix:".length()).trim()).toList();
    }
}
