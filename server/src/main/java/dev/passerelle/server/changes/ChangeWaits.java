package dev.passerelle.server.changes;

import dev.passerelle.common.db.Database;
import dev.passerelle.contract.v1.FieldErrorCode;
import dev.passerelle.contract.v1.WaitForChanges;
import dev.passerelle.contract.v1.WaitForChangesResponse;
import dev.passerelle.server.error.InvalidRequestException;
import dev.passerelle.server.store.TrackedTables;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Answers WaitForChanges: holds the call until the change horizon differs from the one the caller
 * knows, the seconds it asked for have passed, or maintenance begins. However many calls wait, the
 * horizon is read at most once a {@link #POLL poll period} (one small read shared by all of them),
 * and not at all while none waits: the database sees a change committed by any means (the ERP's own
 * programs write through SQL, not through this endpoint) within a period. At most {@code maxWaiters}
 * calls are held at once, each on a thread of the server; beyond, a call answers at once with the
 * horizon, which the contract allows; so are they all as the server stops. Thread-safe.
 */
public final class ChangeWaits {

    /** How often a waiting call looks at the horizon. */
    static final Duration POLL = Duration.ofMillis(100);

    /** The longest wait published, whatever the request time-out allows. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(20);

    private final Database database;
    private final BooleanSupplier inMaintenance;
    private final int maxWaitSeconds;
    private final int maxWaiters;
    private final Semaphore holders;
    private volatile boolean stopping;
    private final Object reading = new Object();
    private long readAtNanos;
    private long lastRead;
    private boolean read;

    /**
     * @param maxWaitSeconds the longest wait granted; 0 refuses every wait (see {@link #maxWaitSeconds(Duration)})
     * @param maxWaiters how many calls may be held at once
     */
    public ChangeWaits(Database database, BooleanSupplier inMaintenance, int maxWaitSeconds, int maxWaiters) {
        this.database = database;
        this.inMaintenance = inMaintenance;
        this.maxWaitSeconds = maxWaitSeconds;
        this.maxWaiters = maxWaiters;
        this.holders = new Semaphore(maxWaiters);
    }

    /**
     * The longest wait an endpoint whose connections close after {@code requestTimeout} of silence can
     * hold: half of it, at most {@link #LONGEST_WAIT}, in whole seconds (0 under two seconds).
     */
    public static int maxWaitSeconds(Duration requestTimeout) {
        return (int) Math.min(LONGEST_WAIT.toSeconds(), requestTimeout.dividedBy(2).toSeconds());
    }

    /** How many calls are held now. */
    public int held() {
        return maxWaiters - holders.availablePermits();
    }

    /** The longest wait granted, published by GetServiceInfo when above 0. */
    public int maxWaitSeconds() {
        return maxWaitSeconds;
    }

    public WaitForChangesResponse await(WaitForChanges request) {
        int seconds = request.getWaitSeconds();
        if (seconds < 1 || seconds > maxWaitSeconds) {
            throw InvalidRequestException.of("waitSeconds", FieldErrorCode.OUT_OF_RANGE, maxWaitSeconds == 0
                    ? "this endpoint holds no wait" : "the wait must be between 1 and " + maxWaitSeconds + " seconds", seconds);
        }
        long known = request.getKnownHorizon();
        long current = database.jdbi().withHandle(TrackedTables::horizon);
        if (current != known || stopping || !holders.tryAcquire()) {
            return answer(current);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        try {
            while (current == known && !stopping && !inMaintenance.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                long asleep = System.nanoTime();
                TimeUnit.NANOSECONDS.sleep(Math.min(left, POLL.toNanos()));
                current = sharedHorizon(asleep);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            holders.release();
        }
        return answer(current);
    }

    /**
     * Answers every held call (with the horizon it knew) within a poll period, and every later one at
     * once: called as the server stops, which then lets those answers be written before it closes
     * their connections.
     */
    public void stop() {
        stopping = true;
    }

    /**
     * The horizon read by another waiting call since {@code since}, or read now: never older than the
     * caller's previous look, so that an answer never goes back before the horizon the caller knew.
     */
    private long sharedHorizon(long since) {
        synchronized (reading) {
            long now = System.nanoTime();
            if (!read || readAtNanos - since < 0) {
                lastRead = database.jdbi().withHandle(TrackedTables::horizon);
                readAtNanos = now;
                read = true;
            }
            return lastRead;
        }
    }

    private static WaitForChangesResponse answer(long horizon) {
        WaitForChangesResponse response = new WaitForChangesResponse();
        response.setChangeHorizon(horizon);
        return response;
    }
}
