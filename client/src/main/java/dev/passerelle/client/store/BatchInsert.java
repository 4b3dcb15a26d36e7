package dev.passerelle.client.store;

import dev.passerelle.common.db.DatabaseErrors;
import dev.passerelle.common.db.JdbcValues;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * A plain JDBC batch of one INSERT statement with positional parameters, on a handle's connection
 * (so in its transaction): the bulk writes of a sync page, where JDBI's per-row named binding cost
 * more than the insert itself. Table and column names are code constants; every value is bound.
 * Each column has a declared SQL type, used for nulls. Used by one thread; close it (or execute it)
 * once.
 */
public final class BatchInsert {

    private final Handle handle;
    private final String sql;
    private final int[] types;
    private PreparedStatement statement;
    private int rows;

    private BatchInsert(Handle handle, String sql, int[] types) {
        this.handle = handle;
        this.sql = sql;
        this.types = types;
    }

    /** A batch of {@code INSERT INTO table (columns) VALUES (?, ...)}; {@code types} are {@link Types} codes. */
    public static BatchInsert into(Handle handle, String table, List<String> columns, int... types) {
        if (columns.size() != types.length) {
            throw new IllegalArgumentException("one SQL type per column");
        }
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + "?, ".repeat(columns.size() - 1) + "?)";
        return new BatchInsert(handle, sql, types);
    }

    /** Adds one row, values in the order of the columns. */
    public BatchInsert add(Object... values) {
        try {
            if (statement == null) {
                statement = handle.getConnection().prepareStatement(sql);
            }
            for (int i = 0; i < types.length; i++) {
                JdbcValues.set(statement, i + 1, values[i], types[i]);
            }
            statement.addBatch();
            rows++;
            return this;
        } catch (SQLException failure) {
            throw DatabaseErrors.unableToExecute(failure, sql);
        }
    }

    public int size() {
        return rows;
    }

    /** Executes the rows added (if any) and releases the statement. */
    public void execute() {
        if (statement == null) {
            return;
        }
        try (PreparedStatement batch = statement) {
            batch.executeBatch();
        } catch (SQLException failure) {
            throw DatabaseErrors.unableToExecute(failure, sql);
        } finally {
            statement = null;
            rows = 0;
        }
    }
}
