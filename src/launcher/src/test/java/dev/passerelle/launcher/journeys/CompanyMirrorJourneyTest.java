package dev.passerelle.launcher.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CRM user reads a customer on its company: the company carries what its primary ERP account
 * carries (phones, e-mails, NAF and SIRET, categories, language, revenue), and keeps carrying it when
 * the ERP changes it. A company that has no ERP account yet refuses, by command, a field only an
 * account holds (its credit limit), and says how to give it one; nothing of that edit is written, and a
 * field the company holds itself (a phone) is taken.
 */
class CompanyMirrorJourneyTest {

    /** Company columns that mirror the account column of the same name. */
    private static final List<String> MIRRORED = List.of("naf_code", "siret", "currency", "accounting_category",
            "price_category", "language", "phone_main", "phone_mobile", "email_main", "email_invoicing", "revenue_this_year",
            "revenue_last_year");

    @TempDir
    Path folder;

    @Test
    void aCompanyCarriesItsAccountsFieldsAndFollowsTheErpsChanges() {
        try (Journey journey = Journey.start(folder, 20)) {
            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();

            for (String column : MIRRORED) {
                assertThat(journey.crmCount("SELECT COUNT(*) FROM account a JOIN company c ON c.id = a.company_id"
                        + " WHERE a.is_primary = 1 AND a." + column + " IS NOT NULL"))
                        .as("accounts with a %s to mirror", column).isPositive();
                assertThat(journey.crmCount("SELECT COUNT(*) FROM account a JOIN company c ON c.id = a.company_id"
                        + " WHERE a.is_primary = 1 AND (c." + column + " <> a." + column
                        + " OR (c." + column + " IS NULL AND a." + column + " IS NOT NULL))"))
                        .as("companies whose %s differs from their primary account's", column).isZero();
            }

            String code = journey.crmValue("SELECT MIN(account_code) FROM account WHERE is_primary = 1 AND dormant = 0");
            journey.erpSql().useHandle(handle -> handle.execute("UPDATE account SET phone_main = N'+33 1 02 03 04 05',"
                    + " naf_code = N'6201Z' WHERE code = ?", code));
            Journey.Result delta = journey.crmSync("run", "--no-progress");

            assertThat(delta.exit()).as(delta.all()).isZero();
            String company = "(SELECT company_id FROM account WHERE account_code = N'" + code + "')";
            assertThat(journey.crmValue("SELECT phone_main FROM company WHERE id = " + company)).isEqualTo("+33 1 02 03 04 05");
            assertThat(journey.crmValue("SELECT naf_code FROM company WHERE id = " + company)).isEqualTo("6201Z");
        }
    }

    @Test
    void aCompanyWithoutAnAccountRefusesAnAccountsFieldAndSaysHowToGiveItOne() {
        try (Journey journey = Journey.start(folder, 5)) {
            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();
            long company = Journey.printedId(journey.crmSync("company", "add", "--name", "Prospect Sans Compte",
                    "--type", "PROSPECT"), "company");

            Journey.Result refused = journey.crmSync("company", "edit", String.valueOf(company),
                    "--set", "phone.MAIN=0600000000", "--set", "creditLimit=5000");
            Journey.Result held = journey.crmSync("company", "edit", String.valueOf(company), "--set", "phone.MAIN=0102030405");

            assertThat(refused.exit()).as(refused.all()).isEqualTo(4);
            assertThat(refused.all()).contains("has no ERP account").contains("'creditLimit'")
                    .contains("crm-sync create-account --company " + company);
            assertThat(held.exit()).as(held.all()).isZero();
            assertThat(journey.crmValue("SELECT phone_main FROM company WHERE id = " + company)).isEqualTo("0102030405");
        }
    }
}
