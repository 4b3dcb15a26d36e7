package dev.passerelle.client.watch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Wakes one sleeping thread before its time. A ring while the thread is awake is kept, so that its
 * next sleep ends at once: a ring is never lost. Thread-safe.
 */
public final class Doorbell {

    private boolean rung;

    public synchronized void ring() {
        rung = true;
        notifyAll();
    }

    /** Sleeps until {@code at} on {@code clock}'s time, or until rung; answers whether it was rung. */
    public synchronized boolean sleepUntil(Clock clock, Instant at) throws InterruptedException {
        while (!rung) {
            long millis = Duration.between(clock.instant(), at).toMillis();
            if (millis <= 0) {
                return false;
            }
            wait(millis);
        }
        rung = false;
        return true;
    }
}
