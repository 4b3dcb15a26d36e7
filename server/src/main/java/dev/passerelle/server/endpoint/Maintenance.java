package dev.passerelle.server.endpoint;

import dev.passerelle.common.db.Database;
import dev.passerelle.server.store.MaintenanceTable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The maintenance ("disconnect") switch of the ERP database: while on, every operation but
 * GetServiceInfo answers the unavailable fault with the retry-after delay. It lives in the database,
 * so every endpoint instance sharing it agrees; each reads it at most once a {@link #FRESH second} of
 * its clock, so a switch made elsewhere shows here within a second. Thread-safe.
 */
public final class Maintenance {

    static final Duration FRESH = Duration.ofSeconds(1);

    private final Database database;
    private final Duration retryAfter;
    private final Clock clock;
    private volatile Read last;

    private record Read(MaintenanceTable.State state, Instant at) {
    }

    public Maintenance(Database database, Duration retryAfter, Clock clock) {
        this.database = database;
        this.retryAfter = retryAfter;
        this.clock = clock;
    }

    /** Switches maintenance on or off for every instance; {@code by} and {@code reason} show in its state. */
    public MaintenanceTable.State set(boolean on, String reason, String by) {
        database.jdbi().useExtension(MaintenanceTable.class, table -> table.write(on, reason, by));
        last = null;
        return state();
    }

    public boolean isOn() {
        return state().active();
    }

    /** The switch's state, read again once it is older than a second. */
    public MaintenanceTable.State state() {
        Read read = last;
        Instant now = clock.instant();
        if (read == null || !now.isBefore(read.at().plus(FRESH)) || now.isBefore(read.at())) {
            read = new Read(database.jdbi().withExtension(MaintenanceTable.class, MaintenanceTable::read), now);
            last = read;
        }
        return read.state();
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
