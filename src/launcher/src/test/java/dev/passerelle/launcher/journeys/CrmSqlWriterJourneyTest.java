package dev.passerelle.launcher.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CRM sharing the store's database writes a company, its account, a contact and an address with
 * plain SQL, exactly as client/README.md shows (ids reserved from id_block, outbox rows in the same
 * transaction); the next run creates them in the ERP and stores the keys it answers.
 */
class CrmSqlWriterJourneyTest {

    @TempDir
    Path folder;

    @Test
    void theReadmesSqlExampleReachesTheErp() throws IOException {
        try (Journey journey = Journey.start(folder, 3)) {
            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();
            journey.crmSql().useTransaction(handle -> {
                handle.execute("UPDATE id_block SET next_id = 9001 WHERE name = N'record' AND next_id < 9001");
                for (String statement : statements()) {
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

    private static List<String> statements() throws IOException {
        try (InputStream script = CrmSqlWriterJourneyTest.class.getResourceAsStream("/journeys/crm-sql-writer.sql")) {
            String text = new String(script.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            return Arrays.stream(text.split(";")).map(String::trim).filter(statement -> !statement.isEmpty()).toList();
        }
    }
}
