package dev.passerelle.launcher.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.common.db.H2Urls;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./passerelle demo} end to end, small: every step prints its outcome and the demo exits 0, and
 * what it says it did is in the CRM store it leaves: the account set dormant in the ERP arrived dormant,
 * the contact deleted in the ERP is gone, the rejected record was fixed.
 */
class DemoJourneyTest {

    @TempDir
    Path folder;

    @Test
    void theDemoRunsEveryStepAndItsEditsArriveInTheCrm() {
        Journey.Result demo = Journey.passerelle("demo", "--accounts", "300", "--data", folder.toString());

        assertThat(demo.exit()).as(demo.all()).isZero();
        assertThat(demo.out()).contains("1. ", "First sync, ERP -> CRM", "3 of 3 prospects matched by normalised VAT number",
                "Edits on both sides between two runs", "refused at once", "Delta sync, both ways",
                "error queue: 1 record(s) waiting", "Real-time ERP figures", "error queue: 0 record(s) waiting",
                "An idle run", "Summary", "demo finished");
        Jdbi crm = Jdbi.create(H2Urls.file(folder.resolve("crm")));
        String dormant = printed(demo.out(), "ERP  account (\\S+) set dormant");
        String dormantFlag = crm.withHandle(handle -> handle.createQuery("SELECT CAST(dormant AS NVARCHAR(5)) FROM account"
                + " WHERE account_code = :code").bind("code", dormant).mapTo(String.class).one());
        assertThat(dormantFlag).isIn("1", "true", "TRUE");
        String contact = printed(demo.out(), "ERP  contact '([^']+)' of account");
        String lastName = contact.substring(contact.indexOf(' ') + 1);
        String pruned = printed(demo.out(), "ERP  contact '[^']+' of account (\\S+) deleted");
        long deletedContact = crm.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM contact c JOIN account a"
                + " ON a.id = c.account_id WHERE a.account_code = :code AND c.last_name = :name").bind("code", pruned)
                .bind("name", lastName).mapTo(Long.class).one());
        assertThat(deletedContact).isZero();
        long queued = crm.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM error_queue").mapTo(Long.class).one());
        assertThat(queued).isZero();
    }

    private static String printed(String output, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(output);
        assertThat(matcher.find()).as(pattern + " in the demo's output").isTrue();
        return matcher.group(1);
    }
}
