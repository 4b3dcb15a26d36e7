package dev.passerelle.client.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passerelle.common.db.Database;
import dev.passerelle.common.db.DatabaseSettings;
import dev.passerelle.common.db.H2Urls;
import dev.passerelle.common.testing.MutableClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * No table of the embedded databases keeps two indexes on the same columns: every row written to
 * such a table was written to both. H2 makes an index of its own for a foreign key declared while
 * the table has no index on exactly its columns, so a foreign key declared before the table's own
 * index on the same column doubled it (address and run_log until version 4.2 of the CRM store).
 */
class SchemaIndexesTest {

    private static final String INDEX_COLUMNS = "SELECT c.TABLE_NAME, c.INDEX_NAME, c.COLUMN_NAME"
            + " FROM INFORMATION_SCHEMA.INDEX_COLUMNS c WHERE c.TABLE_SCHEMA = 'PUBLIC'"
            + " ORDER BY c.TABLE_NAME, c.INDEX_NAME, c.ORDINAL_POSITION";

    @Test
    void crmStoreHasNoTwoIndexesOnTheSameColumns() {
        try (CrmStore store = CrmStore.open(DatabaseSettings.of(H2Urls.memory("crm-" + UUID.randomUUID())),
                MutableClock.systemNow())) {
            Map<String, List<String>> indexes = indexColumns(store.jdbi());
            assertThat(indexes).as("the store's indexes").containsKeys("address.ix_address_account", "run_log.ix_run_log_run");
            assertThat(duplicates(indexes)).isEmpty();
        }
    }

    @Test
    void aStoreAtVersion41KeepsItsRowsAndItsForeignKeysWhenTheyMoveToTheTablesOwnIndexes() {
        String url = OlderStores.at("4.1");
        Jdbi v41 = Jdbi.create(url);
        v41.useHandle(handle -> {
            assertThat(duplicates(indexColumns(v41))).as("the store before 4.2").hasSize(3);
            handle.execute("INSERT INTO company (id, name, company_type, active, created_at, updated_at)"
                    + " VALUES (1, N'Dupont', N'CUSTOMER', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            handle.execute("INSERT INTO account (id, integration, company_id, is_primary, account_type, account_code, name,"
                    + " dormant) VALUES (2, N'main', 1, 1, N'CUSTOMER', N'C2', N'Dupont', 0)");
            handle.execute("INSERT INTO address (id, account_id, company_id, label, city, is_main) VALUES (3, 2, 1, N'Depot', N'Lyon', 1)");
            handle.execute("INSERT INTO sync_run (integration, run_mode, status, started_at) VALUES (N'main', N'DELTA', N'SUCCESS',"
                    + " CURRENT_TIMESTAMP)");
            handle.execute("INSERT INTO run_log (run_id, logged_at, level, kind, message) SELECT id, CURRENT_TIMESTAMP, N'INFO',"
                    + " N'NOTE', N'kept' FROM sync_run");
        });

        try (CrmStore store = CrmStore.open(DatabaseSettings.of(url), MutableClock.systemNow())) {
            assertThat(duplicates(indexColumns(store.jdbi()))).isEmpty();
            store.jdbi().useHandle(handle -> {
                assertThat(handle.createQuery("SELECT city FROM address WHERE id = 3 AND account_id = 2 AND company_id = 1")
                        .mapTo(String.class).one()).isEqualTo("Lyon");
                assertThat(handle.createQuery("SELECT message FROM run_log").mapTo(String.class).one()).isEqualTo("kept");
                assertRefused(handle, "INSERT INTO address (id, account_id, is_main) VALUES (4, 999, 0)");
                assertRefused(handle, "INSERT INTO address (id, company_id, is_main) VALUES (5, 999, 0)");
                assertRefused(handle, "INSERT INTO run_log (run_id, logged_at, level, kind, message)"
                        + " VALUES (999, CURRENT_TIMESTAMP, N'INFO', N'NOTE', N'orphan')");
            });
        }
    }

    @Test
    void erpDatabaseHasNoTwoIndexesOnTheSameColumns() {
        try (Database erp = Database.open(DatabaseSettings.of(H2Urls.memory("erp-" + UUID.randomUUID())), "erp")) {
            erp.migrate("erp");
            Map<String, List<String>> indexes = indexColumns(erp.jdbi());
            assertThat(indexes).as("the ERP's indexes").containsKey("document.ix_document_account_type_date");
            assertThat(duplicates(indexes)).isEmpty();
        }
    }

    @Test
    void twoIndexesOnTheSameColumnsOfATableAreFound() {
        Map<String, List<String>> indexes = new TreeMap<>(Map.of(
                "address.fk_address_account_INDEX_B", List.of("account_id"),
                "address.ix_address_account", List.of("account_id"),
                "address.ix_address_label", List.of("account_id", "label"),
                "contact.ix_contact_account", List.of("account_id")));

        assertThat(duplicates(indexes)).containsExactly("address (account_id): fk_address_account_INDEX_B, ix_address_account");
    }

    private static void assertRefused(Handle handle, String insert) {
        assertThatThrownBy(() -> handle.execute(insert)).as(insert).hasMessageContaining("Referential integrity");
    }

    /** "table.index" -> the index's columns in order. */
    private static Map<String, List<String>> indexColumns(Jdbi jdbi) {
        Map<String, List<String>> indexes = new TreeMap<>();
        jdbi.useHandle(handle -> handle.createQuery(INDEX_COLUMNS).map((row, context) -> indexes
                        .computeIfAbsent(row.getString(1) + "." + row.getString(2), name -> new ArrayList<>())
                        .add(row.getString(3)))
                .list());
        return indexes;
    }

    /** "table (columns): index, index" for each set of columns of a table indexed more than once. */
    private static List<String> duplicates(Map<String, List<String>> indexes) {
        Map<String, List<String>> byColumns = new TreeMap<>();
        indexes.forEach((name, columns) -> {
            String table = name.substring(0, name.indexOf('.'));
            byColumns.computeIfAbsent(table + " (" + String.join(", ", columns) + ")", key -> new ArrayList<>())
                    .add(name.substring(name.indexOf('.') + 1));
        });
        List<String> found = new ArrayList<>();
        byColumns.forEach((columns, names) -> {
            if (names.size() > 1) {
                found.add(columns + ": " + String.join(", ", names));
            }
        });
        return found;
    }
}
