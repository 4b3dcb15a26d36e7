package dev.passerelle.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passerelle.common.db.H2Urls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreCopyTest {

    @TempDir
    Path folder;

    @Test
    void theCopyHoldsEveryRowOfTheSyncedStoreInEveryTable() throws SQLException {
        StoreCopy copy;
        List<String> tables;
        Map<String, List<Map<String, Object>>> synced = new LinkedHashMap<>();
        try (Workbench bench = Workbench.open(folder.resolve("bench"), 40)) {
            FirstSync.run(bench.engine());
            Jdbi store = bench.engine().store().jdbi();
            copy = StoreCopy.run(store, folder.resolve("store-copy"));
            try (Handle handle = store.open()) {
                tables = StoreCopy.parentsFirst(handle.getConnection());
                for (String table : tables) {
                    synced.put(table, rows(handle, table));
                }
            }
        }

        assertThat(tables).as("every table of the store but Flyway's history, as H2 lists them")
                .containsExactlyInAnyOrderElementsOf(storeTables(folder.resolve("bench").resolve("crm")))
                .contains("account", "contact", "address", "company", "identity_map", "free_field_value");
        assertThat(copy.tables()).isEqualTo(tables.size());
        assertThat(copy.rows()).isEqualTo(synced.values().stream().mapToLong(List::size).sum());
        assertThat(synced.get("identity_map")).as("every account, contact and address has its ERP key").hasSizeGreaterThan(40 * 3);
        assertThat(copy.nanos()).isPositive();
        try (Handle handle = Jdbi.create(H2Urls.file(folder.resolve("store-copy"))).open()) {
            for (String table : tables) {
                assertThat(rows(handle, table)).as(table).containsExactlyInAnyOrderElementsOf(synced.get(table));
            }
        }
    }

    @Test
    void tablesComeAfterTheTablesTheirForeignKeysPointTo() throws SQLException {
        try (Handle handle = Jdbi.create(H2Urls.memory("store-copy-order")).open()) {
            handle.execute("CREATE TABLE a_line (id BIGINT PRIMARY KEY, order_id BIGINT)");
            handle.execute("CREATE TABLE b_order (id BIGINT PRIMARY KEY, customer_id BIGINT, replaces BIGINT)");
            handle.execute("CREATE TABLE c_customer (id BIGINT PRIMARY KEY)");
            handle.execute("CREATE TABLE flyway_x_history (version INT)");
            handle.execute("ALTER TABLE a_line ADD FOREIGN KEY (order_id) REFERENCES b_order (id)");
            handle.execute("ALTER TABLE b_order ADD FOREIGN KEY (customer_id) REFERENCES c_customer (id)");
            handle.execute("ALTER TABLE b_order ADD FOREIGN KEY (replaces) REFERENCES b_order (id)");

            assertThat(StoreCopy.parentsFirst(handle.getConnection()))
                    .as("a key to its own table does not hold a table back; Flyway's history is left out")
                    .containsExactly("c_customer", "b_order", "a_line");
        }
    }

    @Test
    void foreignKeysInACycleAreABenchFailure() {
        try (Handle handle = Jdbi.create(H2Urls.memory("store-copy-cycle")).open()) {
            handle.execute("CREATE TABLE egg (id BIGINT PRIMARY KEY, hen_id BIGINT)");
            handle.execute("CREATE TABLE hen (id BIGINT PRIMARY KEY, egg_id BIGINT REFERENCES egg (id))");
            handle.execute("CREATE TABLE nest (id BIGINT PRIMARY KEY)");
            handle.execute("ALTER TABLE egg ADD FOREIGN KEY (hen_id) REFERENCES hen (id)");
            Connection connection = handle.getConnection();

            assertThatThrownBy(() -> StoreCopy.parentsFirst(connection)).isInstanceOf(BenchFailure.class)
                    .hasMessageContaining("cycle between [egg, hen]");
        }
    }

    @Test
    void aCopyThatCannotBeOpenedIsABenchFailure() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("not-a-folder"), "a file");
        Jdbi store = Jdbi.create(H2Urls.memory("store-copy-unopened"));

        assertThatThrownBy(() -> StoreCopy.run(store, notAFolder.resolve("crm"))).isInstanceOf(BenchFailure.class)
                .hasMessageStartingWith("the direct JDBC copy of the CRM store failed: ");
    }

    private static List<String> storeTables(Path file) {
        try (Handle handle = Jdbi.create(H2Urls.file(file)).open()) {
            return handle.createQuery("SELECT table_name FROM INFORMATION_SCHEMA.TABLES WHERE table_schema = 'PUBLIC'"
                    + " AND table_type = 'BASE TABLE' AND table_name <> 'flyway_crm_history'").mapTo(String.class).list();
        }
    }

    private static List<Map<String, Object>> rows(Handle handle, String table) {
        return handle.createQuery("SELECT * FROM " + table).mapToMap().list();
    }
}
