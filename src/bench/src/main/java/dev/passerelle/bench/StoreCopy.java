package dev.passerelle.bench;

import dev.passerelle.client.store.CrmStore;
import dev.passerelle.client.store.FirstLoadIndexes;
import dev.passerelle.common.db.DatabaseSettings;
import dev.passerelle.common.db.H2Urls;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A second reference beside {@link DirectCopy}: every row of the CRM store (records, companies,
 * identity map, free-field values, the runs' own bookkeeping), copied by plain JDBC into a fresh CRM
 * store migrated as the engine migrates its own: the same tables, indexes and foreign keys, tables
 * parents first, rows in primary-key order, batches of {@value BatchCopy#BATCH} rows, one
 * transaction per batch, through one connection; the name and VAT indexes built after the rows, as a
 * first sync of an empty store builds them ({@link FirstLoadIndexes}), their building timed with the
 * copy. It is what writing the store the design asks for costs on this machine, with no SOAP, mapping or sync logic, reading the rows from the store
 * included. Only the copy is timed, not the creation of the fresh store, the removal of the rows its
 * migrations seed, nor the check that each table of the copy has as many rows as the store's. The
 * store must not change during the copy. The copy keeps the store's ids, and its identity columns
 * are not moved past them: it is a measurement, not a store to use. H2 only (the benchmark's
 * databases are H2 files).
 *
 * @param nanos    wall time of the copy
 * @param cpuNanos CPU time of the whole process during it ({@link ProcessCpu}; -1 when unknown)
 * @param rows     rows copied
 * @param tables   tables copied, Flyway's history table left out (the fresh store has its own)
 */
record StoreCopy(long nanos, long cpuNanos, long rows, int tables) {

    static StoreCopy run(Jdbi store, Path targetFile) {
        try (CrmStore target = CrmStore.open(DatabaseSettings.of(H2Urls.file(targetFile)), Clock.systemUTC());
                Handle source = store.open(); Handle sink = target.jdbi().open()) {
            List<String> tables = parentsFirst(source.getConnection());
            for (int table = tables.size() - 1; table >= 0; table--) {
                sink.execute("DELETE FROM " + quoted(tables.get(table))); // the rows the migrations seeded
            }
            FirstLoadIndexes indexes = new FirstLoadIndexes(target);
            indexes.setAside();
            long cpu = ProcessCpu.nanos();
            long started = System.nanoTime();
            long rows = 0;
            for (String table : tables) {
                rows += copy(source.getConnection(), sink.getConnection(), table);
            }
            indexes.restore();
            long nanos = System.nanoTime() - started;
            long cpuNanos = ProcessCpu.since(cpu);
            for (String table : tables) {
                long there = count(sink, table);
                long here = count(source, table);
                if (there != here) {
                    throw new BenchFailure(String.format(Locale.ROOT,
                            "the copy of the CRM store has %,d rows in %s where the store has %,d", there, table, here));
                }
            }
            return new StoreCopy(nanos, cpuNanos, rows, tables.size());
        } catch (BenchFailure failure) {
            throw failure;
        } catch (SQLException | RuntimeException failure) { // JDBI's, Flyway's, the pool's: any is the copy's failure
            throw new BenchFailure("the direct JDBC copy of the CRM store failed: " + failure.getMessage());
        }
    }

    /**
     * The connection's tables, Flyway's history tables left out, each after the tables its foreign
     * keys point to. A key to its own table does not order the tables: its rows go in primary-key
     * order, and one that comes before the row it points to fails the copy (no table of the store
     * has such a key).
     *
     * @throws BenchFailure when foreign keys make a cycle between tables
     */
    static List<String> parentsFirst(Connection connection) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        try (ResultSet tables = metaData.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                String table = tables.getString("TABLE_NAME");
                if (!table.toLowerCase(Locale.ROOT).startsWith("flyway_")) {
                    parents.put(table, new LinkedHashSet<>());
                }
            }
        }
        for (Map.Entry<String, Set<String>> table : parents.entrySet()) {
            try (ResultSet keys = metaData.getImportedKeys(connection.getCatalog(), connection.getSchema(), table.getKey())) {
                while (keys.next()) {
                    String parent = keys.getString("PKTABLE_NAME");
                    if (!parent.equals(table.getKey())) {
                        table.getValue().add(parent);
                    }
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < parents.size()) {
            List<String> ready = parents.entrySet().stream()
                    .filter(table -> !ordered.contains(table.getKey()) && ordered.containsAll(table.getValue()))
                    .map(Map.Entry::getKey).toList();
            if (ready.isEmpty()) {
                List<String> left = parents.keySet().stream().filter(table -> !ordered.contains(table)).toList();
                throw new BenchFailure("the CRM store's foreign keys make a cycle between " + left);
            }
            ordered.addAll(ready);
        }
        return ordered;
    }

    private static long copy(Connection source, Connection sink, String table) {
        try {
            return BatchCopy.copy(source, "SELECT * FROM " + quoted(table) + orderByPrimaryKey(source, table), sink, columns -> {
                List<String> names = new ArrayList<>();
                for (int column = 1; column <= columns.getColumnCount(); column++) {
                    names.add(quoted(columns.getColumnName(column)));
                }
                // the rows keep their ids: an identity column takes the value given, not the next one
                return "INSERT INTO " + quoted(table) + " (" + String.join(", ", names) + ") OVERRIDING SYSTEM VALUE VALUES (?"
                        + ", ?".repeat(names.size() - 1) + ")";
            });
        } catch (SQLException failure) {
            throw new BenchFailure("the direct JDBC copy of the CRM store failed in table " + table + ": " + failure.getMessage());
        }
    }

    private static String orderByPrimaryKey(Connection connection, String table) throws SQLException {
        Map<Integer, String> key = new TreeMap<>();
        try (ResultSet columns = connection.getMetaData().getPrimaryKeys(connection.getCatalog(), connection.getSchema(), table)) {
            while (columns.next()) {
                key.put(columns.getInt("KEY_SEQ"), quoted(columns.getString("COLUMN_NAME")));
            }
        }
        return key.isEmpty() ? "" : " ORDER BY " + String.join(", ", key.values());
    }

    private static long count(Handle handle, String table) {
        return handle.createQuery("SELECT COUNT(*) FROM " + quoted(table)).mapTo(Long.class).one();
    }

    /** A name as the database's metadata gives it, quoted so that it is taken as it is. */
    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
