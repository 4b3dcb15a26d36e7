package dev.passerelle.server.changes.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.Trigger;

/**
 * Keeps a tombstone of every row deleted from a tracked H2 table, in the deleting transaction. The
 * entity comes from the trigger's name, {@code trg_<table>_delete} (ACCOUNT, CONTACT...), not from the
 * table name H2 passes, which is a temporary copy's name while a migration alters the table. The
 * record id is the first column.
 */
public final class TombstoneTrigger implements Trigger {

    private volatile String entity;

    @Override
    public void init(Connection connection, String schemaName, String triggerName, String tableName,
            boolean before, int type) {
        entity = TriggerNames.table(triggerName, "_delete").toUpperCase(Locale.ROOT);
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO tombstone (entity, record_id) VALUES (?, ?)")) {
            insert.setString(1, entity);
            insert.setLong(2, ((Number) oldRow[0]).longValue());
            insert.executeUpdate();
        }
    }
}
