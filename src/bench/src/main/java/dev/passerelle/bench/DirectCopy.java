package dev.passerelle.bench;

import dev.passerelle.common.db.H2Urls;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The reference for what the hardware allows: a plain JDBC copy of the rows the first sync carries
 * (accounts, contacts, delivery addresses) from the ERP database into a fresh H2 file, in batches of
 * {@value BatchCopy#BATCH} rows, one transaction per batch. Only the copy is timed, not the creation of the
 * empty target tables.
 *
 * @param nanos wall time of the copy
 * @param rows  rows copied
 */
record DirectCopy(long nanos, long rows) {

    static final List<String> TABLES = List.of("account", "contact", "delivery_address");

    static DirectCopy run(Jdbi erp, Path targetFile) {
        Jdbi target = Jdbi.create(H2Urls.file(targetFile));
        try (Handle source = erp.open(); Handle sink = target.open()) {
            for (String table : TABLES) {
                createLike(source.getConnection(), sink.getConnection(), table);
            }
            long started = System.nanoTime();
            long rows = 0;
            for (String table : TABLES) {
                rows += copy(source.getConnection(), sink.getConnection(), table);
            }
            return new DirectCopy(System.nanoTime() - started, rows);
        } catch (SQLException | JdbiException failure) {
            throw new BenchFailure("the direct JDBC copy failed: " + failure.getMessage());
        }
    }

    double rowsPerSecond() {
        return rows / Numbers.seconds(nanos);
    }

    private static void createLike(Connection source, Connection sink, String table) throws SQLException {
        try (Statement query = source.createStatement();
                ResultSet empty = query.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0");
                Statement ddl = sink.createStatement()) {
            ResultSetMetaData columns = empty.getMetaData();
            StringBuilder create = new StringBuilder("CREATE TABLE ").append(table).append(" (");
            for (int column = 1; column <= columns.getColumnCount(); column++) {
                create.append(column == 1 ? "" : ", ").append(columns.getColumnName(column)).append(' ')
                        .append(columnType(columns, column));
            }
            ddl.execute(create.append(column1IsKey(columns) ? ", PRIMARY KEY (id))" : ")").toString());
        }
    }

    private static boolean column1IsKey(ResultSetMetaData columns) throws SQLException {
        return "id".equalsIgnoreCase(columns.getColumnName(1));
    }

    private static String columnType(ResultSetMetaData columns, int column) throws SQLException {
        String type = columns.getColumnTypeName(column);
        return switch (columns.getColumnType(column)) {
            case java.sql.Types.VARCHAR, java.sql.Types.NVARCHAR, java.sql.Types.CHAR, java.sql.Types.NCHAR ->
                    type + "(" + columns.getPrecision(column) + ")";
            case java.sql.Types.DECIMAL, java.sql.Types.NUMERIC ->
                    type + "(" + columns.getPrecision(column) + ", " + columns.getScale(column) + ")";
            default -> type;
        };
    }

    private static long copy(Connection source, Connection sink, String table) throws SQLException {
        return BatchCopy.copy(source, "SELECT * FROM " + table + " ORDER BY id", sink,
                columns -> "INSERT INTO " + table + " VALUES (?" + ", ?".repeat(columns.getColumnCount() - 1) + ")");
    }
}
