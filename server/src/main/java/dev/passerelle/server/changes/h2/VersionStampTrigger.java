package dev.passerelle.server.changes.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * Stamps every inserted or updated row of a tracked H2 table with the next value of the single
 * change counter (and an inserted row's {@code created_version} with the same value). Incrementing
 * the counter row locks it until the writing transaction ends, so versions are handed out in commit
 * order: a reader never sees a version above one still in flight. Used by the H2 migrations only;
 * H2 creates one instance per trigger (again when the table changes) and calls it from any session.
 */
public final class VersionStampTrigger implements Trigger {

    private volatile int versionColumn;
    private volatile int createdColumn;

    @Override
    public void init(Connection connection, String schemaName, String triggerName, String tableName,
            boolean before, int type) throws SQLException {
        versionColumn = H2Columns.indexOf(connection, schemaName, tableName, "row_version");
        createdColumn = H2Columns.indexOfOptional(connection, schemaName, tableName, "created_version");
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        long version = nextVersion(connection);
        newRow[versionColumn] = version;
        if (oldRow == null && createdColumn >= 0) {
            newRow[createdColumn] = version;
        }
    }

    static long nextVersion(Connection connection) throws SQLException {
        try (PreparedStatement next = connection.prepareStatement(
                "SELECT counter_value FROM FINAL TABLE (UPDATE change_counter SET counter_value = counter_value + 1 WHERE id = 1)");
             ResultSet result = next.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
