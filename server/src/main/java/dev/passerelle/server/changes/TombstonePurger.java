package dev.passerelle.server.changes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes tombstones older than the retention, and records up to which version it did: a token
 * older than that is expired. Runs at most once a minute. Thread-safe.
 */
final class TombstonePurger {

    private static final Logger LOG = LoggerFactory.getLogger(TombstonePurger.class);
    private static final Duration EVERY = Duration.ofMinutes(1);

    private final Clock clock;
    private final Duration retention;
    private final AtomicReference<Instant> lastRun = new AtomicReference<>(Instant.MIN);

    TombstonePurger(Clock clock, Duration retention) {
        this.clock = clock;
        this.retention = retention;
    }

    void purgeIfDue(Handle handle) {
        Instant now = clock.instant();
        Instant last = lastRun.get();
        if (Duration.between(last, now).compareTo(EVERY) < 0 && !last.equals(Instant.MIN) || !lastRun.compareAndSet(last, now)) {
            return;
        }
        LocalDateTime cutoff = LocalDateTime.now(clock).minus(retention);
        handle.useTransaction(transaction -> {
            Long through = transaction.createQuery("SELECT MAX(row_version) FROM tombstone WHERE deleted_at < :cutoff")
                    .bind("cutoff", cutoff).mapTo(Long.class).one();
            if (through == null) {
                return;
            }
            int purged = transaction.createUpdate("DELETE FROM tombstone WHERE row_version <= :through").bind("through", through).execute();
            transaction.createUpdate("UPDATE tombstone_purge SET purged_through = :through WHERE id = 1 AND purged_through < :through")
                    .bind("through", through).execute();
            LOG.info("purged {} tombstones up to version {}", purged, through);
        });
    }

    static long purgedThrough(Handle handle) {
        return handle.createQuery("SELECT purged_through FROM tombstone_purge WHERE id = 1").mapTo(Long.class).one();
    }
}
