package dev.passerelle.launcher.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CRM sharing the store's database writes a company, its account, a contact and an address with
 * plain SQL: the statements of client/README.md's "A complete example in SQL", read from the README
 * itself and run as they are printed there (its transaction, ids reserved from id_block, outbox rows);
 * the next run creates them in the ERP and stores the keys it answers. The README cannot drift from
 * what runs.
 */
class CrmSqlWriterJourneyTest {

    /** The client module's guide, from this module's folder (src/launcher): two levels up, then client/. */
    static final Path CLIENT_README = Path.of("").toAbsolutePath().resolve("../../client/README.md").normalize();
    private static final String EXAMPLE_HEADING = "### A complete example in SQL";

    @TempDir
    Path folder;

    @Test
    void theReadmesSqlExampleReachesTheErp() throws IOException {
        List<String> statements = statements(readmeExample());
        assertThat(statements).as("the README's example, statement by statement").startsWith("BEGIN TRANSACTION")
                .endsWith("COMMIT").anyMatch(statement -> statement.startsWith("INSERT INTO outbox"));
        try (Journey journey = Journey.start(folder, 3)) {
            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();
            // the README's ids are those step 1 answers on a store whose next free id is 9001
            journey.crmSql().useHandle(handle -> {
                handle.execute("UPDATE id_block SET next_id = 9001 WHERE name = N'record' AND next_id < 9001");
                for (String statement : statements) {
                    if (statement.startsWith("SELECT")) {
                        assertThat(handle.createQuery(statement).mapTo(Long.class).one()).isEqualTo(9001);
                    } else {
                        handle.execute(statement);
                    }
                }
            });

            Journey.Result run = journey.crmSync("run", "--no-progress");

            assertThat(run.exit()).as(run.all()).isZero();
            long key = journey.crmCount("SELECT erp_key FROM identity_map WHERE entity = N'ACCOUNT' AND crm_id = 9002");
            assertThat(journey.erpCount("SELECT COUNT(*) FROM account WHERE name = N'Fromagerie Durand' AND id = " + key)).isOne();
            assertThat(journey.erpCount("SELECT COUNT(*) FROM contact WHERE last_name = N'Durand' AND account_id = " + key)).isOne();
            assertThat(journey.erpCount("SELECT COUNT(*) FROM delivery_address WHERE label = N'Entrepôt' AND account_id = " + key))
                    .isOne();
            assertThat(journey.crmValue("SELECT account_code FROM account WHERE id = 9002")).doesNotContain("AUTOERP");
            assertThat(journey.crmCount("SELECT COUNT(*) FROM outbox")).isZero();
        }
    }

    /** The first {@code ```sql} block after the example's heading in client/README.md. */
    static String readmeExample() throws IOException {
        assertThat(CLIENT_README).as("client/README.md from " + Path.of("").toAbsolutePath()).isRegularFile();
        String readme = Files.readString(CLIENT_README);
        int heading = readme.indexOf(EXAMPLE_HEADING);
        assertThat(heading).as("the heading '" + EXAMPLE_HEADING + "' in " + CLIENT_README).isNotNegative();
        int open = readme.indexOf("```sql\n", heading);
        int close = readme.indexOf("\n```", open + 1);
        assertThat(open).as("a ```sql block after the heading").isNotNegative();
        return readme.substring(open + "```sql\n".length(), close);
    }

    /** The statements of a script: comment lines dropped, split at each ';'. */
    private static List<String> statements(String script) {
        String text = script.replaceAll("(?m)^\\s*--.*$", "");
        return Arrays.stream(text.split(";")).map(String::trim).filter(statement -> !statement.isEmpty()).toList();
    }
}
