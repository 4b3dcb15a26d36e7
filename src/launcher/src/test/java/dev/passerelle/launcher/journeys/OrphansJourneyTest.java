package dev.passerelle.launcher.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Orphans: accounts with no company, and additional accounts of a company, listed and given a company
 * of their own, one by one or all at once.
 */
class OrphansJourneyTest {

    @TempDir
    Path folder;

    @Test
    void orphansAreListedAndGetCompaniesOneByOneOrAllAtOnce() {
        try (Journey journey = Journey.start(folder, 5)) {
            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();
            String first = SplitContractJourneyTest.code(journey, 1);
            String second = SplitContractJourneyTest.code(journey, 2);
            String third = SplitContractJourneyTest.code(journey, 3);
            long firstId = SplitContractJourneyTest.accountId(journey, first);
            assertThat(journey.crmSync("unlink", "--account", first).exit()).isZero();
            assertThat(journey.crmSync("unlink", "--account", second).exit()).isZero();
            String holder = Long.toString(SplitContractJourneyTest.company(journey, SplitContractJourneyTest.code(journey, 4)));
            assertThat(journey.crmSync("link", "--additional", "--company", holder, "--account", third).exit()).isZero();

            Journey.Result listed = journey.crmSync("orphans", "--format", "json");

            assertThat(listed.out()).contains("\"code\": \"" + first + "\"").contains("\"code\": \"" + second + "\"")
                    .contains("\"code\": \"" + third + "\"").contains("NO_COMPANY").contains("SECONDARY");
            Journey.Result one = journey.crmSync("orphans", "--create-company", Long.toString(firstId));
            assertThat(one.exit()).as(one.all()).isZero();
            assertThat(journey.crmCount("SELECT COUNT(*) FROM account WHERE company_id IS NULL AND id = " + firstId)).isZero();
            Journey.Result all = journey.crmSync("orphans", "--all", "--include-secondary");
            assertThat(all.exit()).as(all.all()).isZero();
            assertThat(all.out()).contains("2 companies created");
            assertThat(journey.crmSync("orphans", "--format", "json").out().trim()).isEqualTo("[]");
            assertThat(journey.crmCount("SELECT COUNT(*) FROM account WHERE is_primary = 0 OR company_id IS NULL")).isZero();
        }
    }
}
