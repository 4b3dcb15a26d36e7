package dev.passerelle.server.changes.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.Trigger;

/**
 * Gives the parent record a new version when one of its parts changes: the company when a list
 * value changes ({@code setting_value}), the account when a free-field value changes
 * ({@code account_free_value}, whose first column is the account id). A bulk writer may defer the
 * free-field touches of its own thread ({@link #deferFreeFieldTouches}) and then touch the accounts
 * itself, one set-based statement instead of one statement per value.
 */
public final class TouchParentTrigger implements Trigger {

    private static final ThreadLocal<long[]> DEFERRED = new ThreadLocal<>();

    private volatile boolean freeFieldValues;

    @Override
    public void init(Connection connection, String schemaName, String triggerName, String tableName,
            boolean before, int type) throws SQLException {
        String table = TriggerNames.table(triggerName, "_touch").toLowerCase(Locale.ROOT);
        if (!table.equals("setting_value") && !table.equals("account_free_value")) {
            throw new SQLException("TouchParentTrigger does not know the parent of " + table);
        }
        freeFieldValues = table.equals("account_free_value");
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (!freeFieldValues) {
            try (PreparedStatement touch = connection.prepareStatement("UPDATE company SET touch_count = touch_count + 1")) {
                touch.executeUpdate();
            }
            return;
        }
        long[] deferred = DEFERRED.get();
        if (deferred != null) {
            deferred[0]++;
            return;
        }
        Object[] row = newRow != null ? newRow : oldRow;
        try (PreparedStatement touch = connection.prepareStatement(
                "UPDATE account SET touch_count = touch_count + 1 WHERE id = ?")) {
            touch.setLong(1, ((Number) row[0]).longValue());
            touch.executeUpdate();
        }
        if (oldRow != null && newRow != null && !oldRow[0].equals(newRow[0])) {
            try (PreparedStatement touch = connection.prepareStatement(
                    "UPDATE account SET touch_count = touch_count + 1 WHERE id = ?")) {
                touch.setLong(1, ((Number) oldRow[0]).longValue());
                touch.executeUpdate();
            }
        }
    }

    /**
     * Runs {@code work} with the free-field touches fired on this thread skipped, and answers how
     * many were skipped: the caller must then touch those accounts itself ({@code touch_count} plus
     * the number of values written) in the same transaction. Triggers of embedded H2 fire on the
     * writing thread; on any other database, or H2 over TCP, nothing is skipped and this answers 0.
     */
    public static long deferFreeFieldTouches(Runnable work) {
        long[] skipped = {0};
        long[] outer = DEFERRED.get();
        DEFERRED.set(skipped);
        try {
            work.run();
        } finally {
            DEFERRED.set(outer);
        }
        return skipped[0];
    }
}
