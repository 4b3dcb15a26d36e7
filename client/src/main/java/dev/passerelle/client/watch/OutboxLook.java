package dev.passerelle.client.watch;

import dev.passerelle.client.store.OutboxBatches;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks every {@code period} for CRM changes of one integration written since the last look, on a
 * daemon thread of its own until closed, and runs {@code onNew} when there are: a watcher then sends
 * a CRM edit moments after its commit instead of at its next turn, whichever process or SQL statement
 * wrote it (every CRM change is an outbox entry, committed with the change). A look is one indexed
 * question ({@link OutboxBatches#latestId}); changes are new when the highest id has grown, so
 * entries waiting in the outbox (rejected, stopped, held for a code) wake nothing. The engine's own
 * writes rarely add entries (a merge that sends a CRM value back); a look that finds those starts a
 * turn that finds nothing to do. A look that fails (the store closing, a database restart) is logged
 * and the next one tried. Thread-safe.
 */
public final class OutboxLook implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxLook.class);

    private final String integration;
    private final Jdbi store;
    private final Duration period;
    private final Runnable onNew;
    private final Thread thread;
    /** The highest id seen; -1 until the store could be read. Written by the look's thread only, once started. */
    private volatile long seen = -1;
    private volatile boolean closed;

    private OutboxLook(String integration, Jdbi store, Duration period, Runnable onNew) {
        this.integration = integration;
        this.store = store;
        this.period = period;
        this.onNew = onNew;
        this.thread = new Thread(this::serve, "outbox-look-" + integration);
        thread.setDaemon(true);
    }

    /**
     * Starts looking at the integration's outbox in {@code store}. Entries written before this call are
     * not new: the watcher's first turn, at once, sends them.
     */
    public static OutboxLook start(String integration, Jdbi store, Duration period, Runnable onNew) {
        OutboxLook look = new OutboxLook(integration, store, period, onNew);
        look.seen = look.latest();
        look.thread.start();
        return look;
    }

    private void serve() {
        while (awaitNextLook()) {
            long latest = latest();
            if (latest > seen) {
                seen = latest;
                onNew.run();
            }
        }
    }

    /**
     * Waits one period, or until closed; answers whether to look again. Never by interrupting the
     * thread: one interrupted inside a query on an H2 file would close the file's channel under H2.
     */
    private synchronized boolean awaitNextLook() {
        long until = System.nanoTime() + period.toNanos();
        try {
            for (long left = period.toMillis(); !closed && left > 0; left = (until - System.nanoTime()) / 1_000_000) {
                wait(left);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
        return !closed;
    }

    /** The highest outbox id of the integration; the last known one when the store cannot be read. */
    private long latest() {
        try {
            return store.withExtension(OutboxBatches.class, batches -> batches.latestId(integration));
        } catch (RuntimeException unreadable) {
            if (!closed) {
                LOG.debug("looking at the outbox of {} failed: {}", integration, unreadable.getMessage());
            }
            return seen;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        notifyAll();
    }
}
