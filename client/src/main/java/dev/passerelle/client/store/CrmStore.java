package dev.passerelle.client.store;

import dev.passerelle.common.db.Database;
import dev.passerelle.common.db.DatabaseSettings;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Jdbi;

/**
 * The CRM store: its database (migrated on open), the clock the engine stamps rows with, and the
 * allocator of CRM record ids. Thread-safe; close it once.
 */
public final class CrmStore implements AutoCloseable {

    private final Database database;
    private final Clock clock;
    private final IdAllocator ids;
    private final int poolSize;

    private CrmStore(Database database, Clock clock, int poolSize) {
        this.database = database;
        this.clock = clock;
        this.ids = new IdAllocator(database.jdbi());
        this.poolSize = poolSize;
    }

    /** Opens the store and brings its schema to the latest version. */
    public static CrmStore open(DatabaseSettings settings, Clock clock) {
        Database database = Database.open(settings, "crm-store");
        try {
            database.migrate("crm");
            return new CrmStore(database, clock, settings.maxPoolSize());
        } catch (RuntimeException failure) {
            database.close();
            throw failure;
        }
    }

    public Jdbi jdbi() {
        return database.jdbi();
    }

    public Database database() {
        return database;
    }

    public Clock clock() {
        return clock;
    }

    /** The most connections the store's pool opens at once. */
    public int poolSize() {
        return poolSize;
    }

    public IdAllocator ids() {
        return ids;
    }

    /** The store's notion of now: UTC wall time from the injected clock. */
    public LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @Override
    public void close() {
        database.close();
    }
}
