package dev.passerelle.launcher.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A value the ERP takes only from one of its lists (a language): typed outside the list, the edit is
 * refused with the list, and nothing of it is written, not even the fields typed with it. Typed while the
 * CRM still held a value the ERP has since withdrawn, the run sends it and the ERP rejects the whole
 * record, writing none of it: {@code errors} shows the ERP's field error, diagnose prints the edit that
 * gives the field its list's first value (and, as the other way, the command that takes the record out
 * of the flow), and that edit, typed as printed, delivers the record with the rest of its change.
 */
class ListedValuesJourneyTest {

    private static final List<String> LANGUAGES = List.of("FR", "EN", "DE", "ES");

    @TempDir
    Path folder;

    @Test
    void aValueOutsideTheErpsListIsRefusedWhenTypedAndRejectedWholeWhenTheErpWithdrewIt() {
        try (Journey journey = Journey.start(folder, 3)) {
            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();
            String code = SplitContractJourneyTest.code(journey, 1);
            String company = Long.toString(SplitContractJourneyTest.company(journey, code));
            String account = "(SELECT id FROM account WHERE code = N'" + code + "')";
            String website = journey.crmValue("SELECT website FROM company WHERE id = " + company);
            String language = journey.erpSql().withHandle(handle -> handle.createQuery("SELECT language_code FROM account WHERE code = :code")
                    .bind("code", code).mapTo(String.class).one());
            List<String> others = new ArrayList<>(LANGUAGES);
            others.remove(language);
            String withdrawn = others.get(0);
            long outbox = journey.crmCount("SELECT COUNT(*) FROM outbox");

            Journey.Result refused = journey.crmSync("company", "edit", company, "--set", "website=https://refused.example",
                    "--set", "language=IT");

            assertThat(refused.exit()).as(refused.all()).isEqualTo(4);
            assertThat(refused.err()).contains("refused: language must be one of the ERP's values [DE, EN, ES, FR], was 'IT'");
            assertThat(journey.crmValue("SELECT website FROM company WHERE id = " + company)).isEqualTo(website);
            assertThat(journey.crmCount("SELECT COUNT(*) FROM account WHERE company_id = " + company
                    + " AND website = N'https://refused.example'")).isZero();
            assertThat(journey.crmCount("SELECT COUNT(*) FROM outbox")).isEqualTo(outbox);

            // the ERP withdraws a language from its list; the CRM has not heard of it yet and takes it
            journey.erpSql().useHandle(handle -> handle.execute("DELETE FROM setting_value WHERE list_name = 'LANGUAGE' AND code = ?",
                    withdrawn));
            Journey.Result typed = journey.crmSync("company", "edit", company, "--set", "website=https://nouveau.example",
                    "--set", "language=" + withdrawn);
            Journey.Result rejected = journey.crmSync("run", "--no-progress");
            Journey.Result errors = journey.crmSync("errors");

            assertThat(typed.exit()).as(typed.all()).isZero();
            assertThat(rejected.exit()).as(rejected.all()).isEqualTo(1);
            assertThat(rejected.out()).contains("rejected").contains("NOT_IN_LIST");
            assertThat(journey.erpCount("SELECT COUNT(*) FROM account WHERE id = " + account + " AND language_code = N'" + language
                    + "' AND " + sameWebsite(website))).as("nothing of the rejected record written").isOne();
            assertThat(errors.exit()).isEqualTo(1);
            assertThat(errors.out().replaceAll("\\s+", " "))
                    .contains("account.language NOT_IN_LIST: language must be one of the company's LANGUAGE values (" + withdrawn + ")");

            // the run brought the ERP's list as it is now: the withdrawn value is refused when typed again
            Journey.Result again = journey.crmSync("company", "edit", company, "--set", "language=" + withdrawn);
            Journey.Result diagnose = journey.crmSync("diagnose");
            String first = journey.erpSql().withHandle(handle -> handle.createQuery("SELECT code FROM setting_value"
                    + " WHERE list_name = 'LANGUAGE' ORDER BY list_position OFFSET 0 ROWS FETCH NEXT 1 ROWS ONLY")
                    .mapTo(String.class).one());
            String fix = ErrorsTabJourneyTest.fix(diagnose, "REJECTED");

            assertThat(again.exit()).as(again.all()).isEqualTo(4);
            assertThat(again.err()).contains("language must be one of the ERP's values").doesNotContain(withdrawn + ",")
                    .contains("was '" + withdrawn + "'");
            assertThat(diagnose.exit()).isEqualTo(1);
            assertThat(fix).isEqualTo("crm-sync company edit " + company + " --set language=" + first);
            assertThat(diagnose.out()).containsPattern("  or else:  crm-sync errors --stop \\d+\n");

            Journey.Result fixed = journey.typed(fix);
            Journey.Result delivered = journey.crmSync("run", "--no-progress");

            assertThat(fixed.exit()).as(fixed.all()).isZero();
            assertThat(delivered.exit()).as(delivered.all()).isZero();
            assertThat(journey.erpCount("SELECT COUNT(*) FROM account WHERE id = " + account + " AND language_code = N'" + first
                    + "' AND website = N'https://nouveau.example'")).isOne();
            assertThat(journey.crmSync("errors").out()).doesNotContain("NOT_IN_LIST");
            Journey.Result clean = journey.crmSync("diagnose");
            assertThat(clean.exit()).as(clean.all()).isZero();
        }
    }

    private static String sameWebsite(String website) {
        return website == null ? "website IS NULL" : "website = N'" + website.replace("'", "''") + "'";
    }
}
