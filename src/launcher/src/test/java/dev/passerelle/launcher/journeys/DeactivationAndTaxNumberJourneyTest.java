package dev.passerelle.launcher.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Between two runs the ERP sets a customer dormant and changes its tax number. Both arrive: the
 * company shown by {@code company show} carries the new VAT number, is inactive and its account
 * dormant, and it is still the same company (nothing matched on the new number, nothing duplicated).
 */
class DeactivationAndTaxNumberJourneyTest {

    @TempDir
    Path folder;

    @Test
    void aDeactivationAndATaxNumberChangeInOneIntervalBothReachTheSameCompany() {
        try (Journey journey = Journey.start(folder, 5)) {
            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();
            String code = journey.crmValue("SELECT MIN(account_code) FROM account WHERE account_type = N'CUSTOMER' AND dormant = 0");
            long companyId = journey.crmCount("SELECT company_id FROM account WHERE account_code = N'" + code + "'");
            long companies = journey.crmCount("SELECT COUNT(*) FROM company");
            journey.erpSql().useHandle(handle -> handle.execute(
                    "UPDATE account SET dormant = 1, vat_number = N'PL9999999999' WHERE code = ?", code));

            Journey.Result run = journey.crmSync("run", "--no-progress");
            Journey.Result show = journey.crmSync("company", "show", String.valueOf(companyId));

            assertThat(run.exit()).as(run.all()).isZero();
            assertThat(show.exit()).as(show.all()).isZero();
            assertThat(show.out()).contains("VAT PL9999999999").contains(", inactive");
            assertThat(show.out().lines().filter(line -> line.contains(code)))
                    .singleElement().asString().contains("dormant");
            assertThat(journey.crmCount("SELECT COUNT(*) FROM company")).isEqualTo(companies);
        }
    }
}
