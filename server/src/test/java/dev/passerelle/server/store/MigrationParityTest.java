package dev.passerelle.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The SQL Server migrations cannot run here; this keeps them in step with the H2 ones that the other
 * tests run: the same tables, the same columns, and a delete trigger for every tracked table.
 */
class MigrationParityTest {

    private static final Pattern TABLE = Pattern.compile("CREATE TABLE (\\w+) \\((.*?)\\n\\);", Pattern.DOTALL);
    private static final Pattern COLUMN = Pattern.compile("^\\s+(\\w+)\\s", Pattern.MULTILINE);

    private static String read(String path) throws IOException {
        try (InputStream in = MigrationParityTest.class.getResourceAsStream("/db/erp/" + path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Set<String> columns(String sql) {
        Set<String> columns = new TreeSet<>();
        Matcher table = TABLE.matcher(sql);
        while (table.find()) {
            Matcher column = COLUMN.matcher(table.group(2));
            while (column.find()) {
                if (!column.group(1).equals("CONSTRAINT")) {
                    columns.add(table.group(1) + "." + column.group(1));
                }
            }
        }
        return columns;
    }

    @Test
    void bothDialectsDefineTheSameTrackedTablesAndColumns() throws IOException {
        Set<String> h2 = columns(read("h2/V1__tracked_tables.sql"));
        Set<String> sqlServer = columns(read("sqlserver/V1__tracked_tables.sql"));

        h2.remove("change_counter.id");
        h2.remove("change_counter.counter_value");
        sqlServer.removeIf(column -> column.endsWith(".rv"));
        assertThat(sqlServer).isNotEmpty().isEqualTo(h2);
    }

    @Test
    void everyTrackedTableKeepsTombstonesOnBothDialects() throws IOException {
        String h2 = read("h2/V3__change_tracking.sql");
        String sqlServer = read("sqlserver/V3__change_tracking.sql");

        for (String table : new String[] {"representative", "account", "delivery_address", "contact", "free_field_definition",
                "account_figures"}) {
            assertThat(h2).contains("trg_" + table + "_delete AFTER DELETE ON " + table);
            assertThat(sqlServer).contains("trg_" + table + "_delete ON " + table + " AFTER DELETE");
        }
        assertThat(sqlServer).contains("trg_setting_value_touch", "trg_account_free_value_touch");
        String created = read("sqlserver/V6__created_version_triggers.sql");
        for (String table : new String[] {"representative", "account", "delivery_address", "contact", "free_field_definition",
                "account_figures"}) {
            assertThat(created).contains("trg_" + table + "_created ON " + table + " AFTER INSERT");
        }
        assertThat(h2).contains("trg_setting_value_touch", "trg_account_free_value_touch");
    }
}
