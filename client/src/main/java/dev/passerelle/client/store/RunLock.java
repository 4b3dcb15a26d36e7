package dev.passerelle.client.store;

import dev.passerelle.client.EngineException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * One run per integration at a time, across processes: a lock row in the CRM store with a lease.
 * The holder renews the lease while it works; a holder that died stops renewing and its lease runs
 * out, so the next run takes over. Thread-safe.
 */
public final class RunLock {

    private final CrmStore store;
    private final Duration lease;

    public RunLock(CrmStore store, Duration lease) {
        this.store = store;
        this.lease = lease;
    }

    /** A lock held; renew it while working and close it when done. Thread-safe. */
    public final class Held implements AutoCloseable {
        private final String integration;
        private final String owner;
        private LocalDateTime renewedAt;

        private Held(String integration, String owner, LocalDateTime renewedAt) {
            this.integration = integration;
            this.owner = owner;
            this.renewedAt = renewedAt;
        }

        /**
         * Extends the lease once a tenth of it has passed (until then nobody can take the lock over, so
         * a run renewing after every page writes the lock row a few times a minute at most); fails when
         * another process took the lock over (our lease ran out).
         */
        public synchronized void renew() {
            LocalDateTime now = store.now();
            if (now.isBefore(renewedAt.plus(lease.dividedBy(10)))) {
                return;
            }
            LocalDateTime until = now.plus(lease);
            int updated = store.jdbi().withHandle(handle -> handle.createUpdate(
                            "UPDATE run_lock SET lease_until = :until WHERE integration = :integration AND owner = :owner")
                    .bind("until", until).bind("integration", integration).bind("owner", owner)
                    .execute());
            if (updated == 0) {
                throw new EngineException("the run lock of '" + integration + "' was lost (lease expired)");
            }
            renewedAt = now;
        }

        @Override
        public void close() {
            store.jdbi().useHandle(handle -> handle.createUpdate(
                            "UPDATE run_lock SET owner = NULL, lease_until = NULL WHERE integration = :integration AND owner = :owner")
                    .bind("integration", integration).bind("owner", owner).execute());
        }
    }

    /** Takes the lock of an integration, or throws {@link EngineException.Busy} naming the holder. */
    public Held acquire(String integration, String ownerName) {
        String owner = ownerName + "/" + UUID.randomUUID().toString().substring(0, 8);
        LocalDateTime now = store.now();
        boolean taken = store.jdbi().inTransaction(handle -> {
            handle.createUpdate("INSERT INTO run_lock (integration, owner, lease_until)"
                            + " SELECT :integration, NULL, NULL WHERE NOT EXISTS"
                            + " (SELECT 1 FROM run_lock WHERE integration = :integration)")
                    .bind("integration", integration).execute();
            return handle.createUpdate("UPDATE run_lock SET owner = :owner, lease_until = :until"
                            + " WHERE integration = :integration AND (owner IS NULL OR lease_until < :now)")
                    .bind("owner", owner).bind("until", now.plus(lease)).bind("integration", integration)
                    .bind("now", now).execute() == 1;
        });
        if (!taken) {
            throw new EngineException.Busy(integration, holder(integration).orElse("another process"));
        }
        return new Held(integration, owner, now);
    }

    /** Who holds the lock of an integration, if anyone holds a live lease. */
    public Optional<String> holder(String integration) {
        return store.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT owner FROM run_lock WHERE integration = :integration AND owner IS NOT NULL AND lease_until >= :now")
                .bind("integration", integration).bind("now", store.now()).mapTo(String.class).findOne());
    }
}
