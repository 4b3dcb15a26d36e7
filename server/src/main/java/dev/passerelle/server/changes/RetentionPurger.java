package dev.passerelle.server.changes;

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
            Long through = transaction.createQuery("SELECT MAX(row_version) FROM tombstone"
                            + " WHERE deleted_at < DATEADD(SECOND, -:seconds, GETDATE())")
                    .bind("seconds", seconds).mapTo(Long.class).one();
            if (through != null) {
                int purged = transaction.createUpdate("DELETE FROM tombstone WHERE row_version <= :through")
                        .bind("through", through).execute();
                transaction.createUpdate("UPDATE tombstone_purge SET purged_through = :through WHERE id = 1"
                        + " AND purged_through < :through").bind("through", through).execute();
                LOG.info("purged {} tombstones up to version {}", purged, through);
            }
        });
        int batches = handle.createUpdate("DELETE FROM processed_batch WHERE processed_at < DATEADD(SECOND, -:seconds, GETDATE())")
                .bind("seconds", seconds).execute();
        int inserts = handle.createUpdate("DELETE FROM applied_insert WHERE applied_at < DATEADD(SECOND, -:seconds, GETDATE())")
                .bind("seconds", seconds).execute();
        if (batches + inserts > 0) {
            LOG.info("purged the answers of {} processed batches and {} applied insert references past the retention",
                    batches, inserts);
        }
    }

    static long purgedThrough(Handle handle) {
        return handle.createQuery("SELECT purged_through FROM tombstone_purge WHERE id = 1").mapTo(Long.class).one();
    }
}
