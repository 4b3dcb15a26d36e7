package dev.passerelle.launcher.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One CRM contract split over several ERP accounts: the administrator links a second account to the
 * company as an additional one, so that all its delivery addresses show; later moves that one link to
 * another company, which moves only that account with its own contacts and addresses; and merges a
 * duplicate company typed in the CRM. A linked company is never merged away.
 */
class SplitContractJourneyTest {

    @TempDir
    Path folder;

    @Test
    void anAdditionalAccountIsLinkedThenMovedAloneAndTheCompaniesKeepTheirOwn() {
        try (Journey journey = Journey.start(folder, 6)) {
            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();
            String first = code(journey, 1);
            String second = code(journey, 2);
            String third = code(journey, 3);
            long contract = company(journey, first);
            long secondCompany = company(journey, second);
            long secondAddresses = journey.crmCount("SELECT COUNT(*) FROM address WHERE account_id = " + accountId(journey, second));

            Journey.Result linked = journey.crmSync("link", "--additional", "--company", Long.toString(contract), "--account", second);

            assertThat(linked.exit()).as(linked.all()).isZero();
            assertThat(journey.crmCount("SELECT COUNT(*) FROM account WHERE company_id = " + contract)).isEqualTo(2);
            assertThat(journey.crmCount("SELECT COUNT(*) FROM address WHERE company_id = " + contract))
                    .isGreaterThanOrEqualTo(secondAddresses + 1);
            assertThat(journey.crmCount("SELECT COUNT(*) FROM company WHERE id = " + secondCompany))
                    .as("the second account's company had no other account: merged into the contract").isZero();
            Journey.Result shown = journey.crmSync("company", "show", Long.toString(contract));
            assertThat(shown.out()).contains(first).contains(second).contains("primary").contains("additional");

            long target = company(journey, third);
            Journey.Result moved = journey.crmSync("relink", "--account", second, "--to-company", Long.toString(target));

            assertThat(moved.exit()).as(moved.all()).isZero();
            assertThat(journey.crmCount("SELECT COUNT(*) FROM company WHERE id = " + contract))
                    .as("the contract keeps its first account and stays").isOne();
            assertThat(journey.crmValue("SELECT account_code FROM account WHERE company_id = " + contract)).isEqualTo(first);
            assertThat(journey.crmCount("SELECT COUNT(*) FROM address WHERE company_id = " + target + " AND account_id = "
                    + accountId(journey, second))).isEqualTo(secondAddresses);
            assertThat(journey.crmCount("SELECT COUNT(*) FROM address WHERE company_id = " + contract + " AND account_id = "
                    + accountId(journey, second))).isZero();
            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();
        }
    }

    @Test
    void aDuplicateTypedInTheCrmIsMergedButALinkedCompanyNeverIs() {
        try (Journey journey = Journey.start(folder, 3)) {
            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();
            long linked = company(journey, code(journey, 1));
            long duplicate = Journey.printedId(journey.crmSync("company", "add", "--name", "Doublon", "--type", "CUSTOMER"),
                    "company");
            long contact = Journey.printedId(journey.crmSync("contact", "add", "--company", Long.toString(duplicate),
                    "--set", "lastName=Morel"), "contact");

            Journey.Result refused = journey.crmSync("merge", "--from", Long.toString(linked), "--into", Long.toString(duplicate));
            Journey.Result merged = journey.crmSync("merge", "--from", Long.toString(duplicate), "--into", Long.toString(linked));

            assertThat(refused.exit()).isEqualTo(4);
            assertThat(refused.err()).contains("never merged away").contains("crm-sync relink --account-id");
            assertThat(merged.exit()).as(merged.all()).isZero();
            assertThat(journey.crmCount("SELECT COUNT(*) FROM company WHERE id = " + duplicate)).isZero();
            assertThat(journey.crmCount("SELECT company_id FROM contact WHERE id = " + contact)).isEqualTo(linked);
        }
    }

    static String code(Journey journey, int nth) {
        return journey.erpSql().withHandle(handle -> handle.createQuery("SELECT code FROM account WHERE dormant = 0"
                + " AND account_type = 'CUSTOMER' ORDER BY id OFFSET :skip ROWS FETCH NEXT 1 ROWS ONLY")
                .bind("skip", nth - 1).mapTo(String.class).one());
    }

    static long company(Journey journey, String code) {
        return journey.crmCount("SELECT company_id FROM account WHERE account_code = N'" + code + "'");
    }

    static long accountId(Journey journey, String code) {
        return journey.crmCount("SELECT id FROM account WHERE account_code = N'" + code + "'");
    }
}
