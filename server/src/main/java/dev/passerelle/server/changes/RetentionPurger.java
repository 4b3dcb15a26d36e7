package dev.passerelle.server.changes;

import dev.passerelle.server.store.RetentionTables;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes what the ERP keeps for its clients only for the retention: tombstones (recording up to
 * which version it did, so that an older token is expired), the stored answers of processed batches
 * and the client references of applied inserts (a batch or an insert sent again after that is
 * applied again). Ages are measured by the database's clock, which stamped them, so that endpoints on
 * machines whose clocks differ purge alike. Runs at most once a minute of the injected clock.
 * Thread-safe.
 */
final class RetentionPurger {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionPurger.class);
    private static final Duration EVERY = Duration.ofMinutes(1);

    private final Clock clock;
    private final Duration retention;
    private final AtomicReference<Instant> lastRun = new AtomicReference<>(Instant.MIN);

    RetentionPurger(Clock clock, Duration retention) {
        this.clock = clock;
        this.retention = retention;
    }

    void purgeIfDue(Handle handle) {
        Instant now = clock.instant();
        Instant last = lastRun.get();
        if (Duration.between(last, now).compareTo(EVERY) < 0 && !last.equals(Instant.MIN) || !lastRun.compareAndSet(last, now)) {
            return;
        }
        long seconds = retention.toSeconds();
        handle.useTransaction(transaction -> {
            RetentionTables tables = transaction.attach(RetentionTables.class);
            Long through = tables.expiredTombstonesThrough(seconds);
            if (through != null) {
                int purged = tables.deleteTombstonesThrough(through);
                tables.purgedThrough(through);
                LOG.info("purged {} tombstones up to version {}", purged, through);
            }
        });
        RetentionTables tables = handle.attach(RetentionTables.class);
        int batches = tables.deleteProcessedBatches(seconds);
        int inserts = tables.deleteAppliedInserts(seconds);
        if (batches + inserts > 0) {
            LOG.info("purged the answers of {} processed batches and {} applied insert references past the retention",
                    batches, inserts);
        }
    }

    static long purgedThrough(Handle handle) {
        return handle.attach(RetentionTables.class).purgedThrough();
    }
}
