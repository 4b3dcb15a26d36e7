package dev.passerelle.launcher.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CRM had companies before the first sync: prospects typed through the commands and through SQL by
 * a CRM sharing the database, VAT numbers written as people write them. The first sync links each to
 * its ERP account by VAT number instead of duplicating it, except a company flagged "never sync",
 * which is left as it is (the run says so). "Not this time" keeps a company out of one run only.
 */
class FirstSyncMatchingJourneyTest {

    @TempDir
    Path folder;

    @Test
    void prospectsTypedByCommandAndBySqlAreMatchedByVatAndANeverSyncOneIsLeftAlone() {
        try (Journey journey = Journey.start(folder, 8)) {
            String[] vats = new String[3];
            String[] codes = new String[3];
            for (int i = 0; i < 3; i++) {
                codes[i] = SplitContractJourneyTest.code(journey, i + 1);
                String code = codes[i];
                vats[i] = journey.erpSql().withHandle(handle -> handle.createQuery("SELECT vat_number FROM account WHERE code = :code")
                        .bind("code", code).mapTo(String.class).one());
            }
            long typed = Journey.printedId(journey.crmSync("company", "add", "--name", "Prospect Tapé", "--vat",
                    spaced(vats[0])), "company");
            long bySql = typedBySql(journey, "Prospect SQL", dotted(vats[1]));
            long kept = Journey.printedId(journey.crmSync("company", "add", "--name", "Prospect Réservé", "--vat", vats[2]),
                    "company");
            assertThat(journey.crmSync("flag", "--company", Long.toString(kept), "--never-sync", "true").exit()).isZero();

            Journey.Result first = journey.crmSync("run", "--no-progress");

            assertThat(first.exit()).as(first.all()).isEqualTo(1);
            assertThat(first.out()).contains("matched-by-vat").contains("flagged never sync");
            assertThat(journey.crmCount("SELECT company_id FROM account WHERE account_code = N'" + codes[0] + "'")).isEqualTo(typed);
            assertThat(journey.crmCount("SELECT company_id FROM account WHERE account_code = N'" + codes[1] + "'")).isEqualTo(bySql);
            assertThat(journey.crmCount("SELECT company_id FROM account WHERE account_code = N'" + codes[2] + "'")).isNotEqualTo(kept);
            assertThat(journey.crmValue("SELECT CONCAT(name, N'/', company_type) FROM company WHERE id = " + kept))
                    .isEqualTo("Prospect Réservé/PROSPECT");
            long accounts = journey.erpCount("SELECT COUNT(*) FROM account");
            assertThat(journey.crmCount("SELECT COUNT(*) FROM company")).as("no duplicate").isEqualTo(accounts + 1);
        }
    }

    @Test
    void notThisTimeKeepsACompanyOutOfTheNextRunOnly() {
        try (Journey journey = Journey.start(folder, 4)) {
            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();
            String code = SplitContractJourneyTest.code(journey, 1);
            long company = SplitContractJourneyTest.company(journey, code);
            assertThat(journey.crmSync("flag", "--company", Long.toString(company), "--not-this-time", "true").exit()).isZero();
            journey.erpSql().useHandle(handle -> handle.execute("UPDATE account SET name = N'Renommé Pendant' WHERE code = ?", code));

            Journey.Result skipped = journey.crmSync("run", "--no-progress");
            String during = journey.crmValue("SELECT name FROM company WHERE id = " + company);
            Journey.Result next = journey.crmSync("run", "--no-progress");

            assertThat(skipped.exit()).as(skipped.all()).isZero();
            assertThat(skipped.out()).contains("parked");
            assertThat(during).isNotEqualTo("Renommé Pendant");
            assertThat(next.exit()).as(next.all()).isZero();
            assertThat(journey.crmValue("SELECT name FROM company WHERE id = " + company)).isEqualTo("Renommé Pendant");
        }
    }

    /** A company inserted by SQL as client/README.md shows: an id reserved from id_block, the VAT number as typed. */
    private static long typedBySql(Journey journey, String name, String vat) {
        return journey.crmSql().inTransaction(handle -> {
            handle.execute("UPDATE id_block SET next_id = next_id + 1 WHERE name = N'record'");
            long id = handle.createQuery("SELECT next_id - 1 FROM id_block WHERE name = N'record'").mapTo(Long.class).one();
            handle.execute("INSERT INTO company (id, name, company_type, vat_number, active, created_at, updated_at)"
                    + " VALUES (?, ?, N'PROSPECT', ?, 1, GETDATE(), GETDATE())", id, name, vat);
            return id;
        });
    }

    private static String spaced(String vat) {
        return vat.substring(0, 2).toLowerCase(Locale.ROOT) + " " + vat.substring(2, 4) + " " + vat.substring(4);
    }

    private static String dotted(String vat) {
        return vat.substring(0, 2) + "." + vat.substring(2, 5) + "." + vat.substring(5);
    }
}
