package dev.passerelle.client.store;

import dev.passerelle.client.run.EngineException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run per integration at a time, across processes and machines: a lock row in the CRM store with a
 * short lease that a heartbeat renews while the holder lives. Lease times come from the database's
 * clock, never a process's, so that machines whose clocks differ agree on them. A holder that dies
 * stops renewing: its lease runs out within {@link #lease} and the next run takes over; when it ran on
 * this same machine and its process is gone, the next run takes over at once. Thread-safe.
 */
public final class RunLock implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunLock.class);

    private final CrmStore store;
    private final Duration lease;
    private final ProcessIdentity self;
    private final Set<Held> held = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "passerelle-run-lock-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    public RunLock(CrmStore store, Duration lease) {
        this(store, lease, ProcessIdentity.current());
    }

    RunLock(CrmStore store, Duration lease, ProcessIdentity self) {
        if (lease.toSeconds() < 1) {
            throw new IllegalArgumentException("the lease is at least one second, was " + lease);
        }
        this.store = store;
        this.lease = lease;
        this.self = self;
    }

    /** Who holds a lock: the process, its machine, since when and until when its lease runs (database time). */
    public record Holder(String owner, String host, long pid, LocalDateTime since, LocalDateTime leaseUntil) {

        /** For messages: "process 1234 on host crm-01 (run), since 2026-12-06T10:02:03". */
        public String describe() {
            return "process " + pid + " on " + host + " (" + purpose(owner) + "), since " + since.withNano(0);
        }

        private static String purpose(String owner) {
            int open = owner.indexOf(" (");
            return open < 0 ? "run" : owner.substring(open + 2, owner.indexOf(')', open));
        }
    }

    /**
     * A lock held. A heartbeat renews its lease every third of it; {@link #check} tells the holder
     * whether it may go on. Close it when done.
     */
    public final class Held implements AutoCloseable {
        private final String integration;
        private final String owner;
        private final ScheduledFuture<?> heartbeat;
        private volatile String lost;
        private volatile String stopRequested;

        private Held(String integration, String owner) {
            this.integration = integration;
            this.owner = owner;
            long every = Math.max(1, lease.toMillis() / 3);
            this.heartbeat = heartbeats.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
        }

        /**
         * Throws when the holder must stop: the lock was taken over (its lease ran out while this process
         * could not renew it), or the process is asked to stop ({@link #requestStop}). Cheap; call it
         * between units of work.
         */
        public void check() {
            if (lost != null) {
                throw new EngineException("the run lock of '" + integration + "' was lost: " + lost);
            }
            if (stopRequested != null) {
                throw new EngineException.Interrupted(stopRequested);
            }
        }

        /** Asks the holder to stop at its next {@link #check}. */
        void requestStop(String reason) {
            stopRequested = reason;
        }

        /** Renews the lease; a lease another process took over (ours ran out) marks the lock lost. */
        void beat() {
            try {
                int renewed = store.jdbi().withHandle(handle -> handle.createUpdate("UPDATE run_lock"
                                + " SET lease_until = DATEADD(SECOND, :seconds, GETDATE())"
                                + " WHERE integration = :integration AND owner = :owner")
                        .bind("seconds", lease.toSeconds()).bind("integration", integration).bind("owner", owner)
                        .execute());
                if (renewed == 0) {
                    lost = "another process took it over after its lease ran out";
                    heartbeat.cancel(false);
                }
            } catch (RuntimeException failure) {
                // The next beat tries again; the lease covers two missed beats.
                LOG.warn("could not renew the run lock of {}: {}", integration, failure.getMessage());
            }
        }

        @Override
        public void close() {
            heartbeat.cancel(false);
            held.remove(this);
            store.jdbi().useHandle(handle -> handle.createUpdate("UPDATE run_lock SET owner = NULL, host = NULL, pid = NULL,"
                            + " acquired_at = NULL, lease_until = NULL WHERE integration = :integration AND owner = :owner")
                    .bind("integration", integration).bind("owner", owner).execute());
        }
    }

    /**
     * Takes the lock of an integration for {@code purpose} ("run", "disconnect"...), or throws
     * {@link EngineException.Busy} naming the holder. A holder whose lease ran out, or that ran on this
     * machine in a process that is gone, is taken over.
     */
    public Held acquire(String integration, String purpose) {
        String owner = self.pid() + "@" + self.host() + " (" + purpose + ") " + UUID.randomUUID().toString().substring(0, 8);
        boolean taken = store.jdbi().inTransaction(handle -> {
            handle.createUpdate("INSERT INTO run_lock (integration, owner, lease_until)"
                            + " SELECT :integration, NULL, NULL WHERE NOT EXISTS"
                            + " (SELECT 1 FROM run_lock WHERE integration = :integration)")
                    .bind("integration", integration).execute();
            return take(handle, integration, owner, "owner IS NULL OR lease_until < GETDATE()", null);
        });
        if (!taken) {
            Optional<Holder> holder = holder(integration);
            if (holder.isPresent() && self.sameHostAs(holder.get().host()) && !ProcessIdentity.isAlive(holder.get().pid())) {
                taken = store.jdbi().inTransaction(handle -> take(handle, integration, owner, "owner = :previous",
                        holder.get().owner()));
                if (taken) {
                    LOG.warn("took over the run lock of {} from process {}, which is no longer running", integration,
                            holder.get().pid());
                }
            }
            if (!taken) {
                throw new EngineException.Busy(integration, holder.map(Holder::describe).orElse("another process"));
            }
        }
        Held lock = new Held(integration, owner);
        held.add(lock);
        return lock;
    }

    private boolean take(Handle handle, String integration, String owner, String condition, String previous) {
        var update = handle.createUpdate("UPDATE run_lock SET owner = :owner, host = :host, pid = :pid, acquired_at = GETDATE(),"
                        + " lease_until = DATEADD(SECOND, :seconds, GETDATE()) WHERE integration = :integration AND ("
                        + condition + ")")
                .bind("owner", owner).bind("host", self.host()).bind("pid", self.pid()).bind("seconds", lease.toSeconds())
                .bind("integration", integration);
        if (previous != null) {
            update.bind("previous", previous);
        }
        return update.execute() == 1;
    }

    /** Who holds the lock of an integration, if anyone holds a live lease. */
    public Optional<Holder> holder(String integration) {
        return store.jdbi().withHandle(handle -> handle.createQuery("SELECT owner, host, pid, acquired_at, lease_until"
                        + " FROM run_lock WHERE integration = :integration AND owner IS NOT NULL AND lease_until >= GETDATE()")
                .bind("integration", integration)
                .map((row, context) -> new Holder(row.getString("owner"), row.getString("host"), row.getLong("pid"),
                        row.getObject("acquired_at", LocalDateTime.class), row.getObject("lease_until", LocalDateTime.class)))
                .findOne());
    }

    /**
     * Asks every lock this process holds to stop at its holder's next check, then waits up to {@code wait}
     * for them to be released. Answers whether all were.
     */
    public boolean stopAll(String reason, Duration wait) {
        held.forEach(lock -> lock.requestStop(reason));
        long deadline = System.nanoTime() + wait.toNanos();
        while (!held.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return held.isEmpty();
    }

    /** Stops the heartbeats; locks still held are left to run out. */
    @Override
    public void close() {
        heartbeats.shutdownNow();
    }
}
