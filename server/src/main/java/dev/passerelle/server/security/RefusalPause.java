package dev.passerelle.server.security;

import java.time.Duration;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.cxf.continuations.Continuation;
import org.apache.cxf.continuations.ContinuationProvider;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;

/**
 * Holds back the answer to a refused request without holding a thread: the request's continuation
 * is suspended, the Jetty thread goes back to the pool, and once the delay is over the continuation is
 * resumed: Jetty hands the request back to CXF, at the interceptor that suspended it, which then
 * throws the fault kept here. A held request still keeps its connection and what was read of it (up
 * to the request size limit), so at most {@link #MAX_HELD} answers are held at once; past that, a
 * refusal is answered at once (the lock-out still bounds how many passwords can be tried). Without a
 * continuation (a transport without asynchronous requests) nothing is held. Thread-safe.
 */
final class RefusalPause {

    static final int MAX_HELD = 100;
    private static final String HELD_FAULT = RefusalPause.class.getName() + ".fault";
    // The request is resumed by a timer of its own rather than by the time-out of the suspended
    // request: Jetty loses a time-out that expires before it has recorded it, which a delay of a few
    // milliseconds did about once in thirty, leaving the request held until the connection's idle
    // time-out. The suspension's own time-out, far longer, only stands behind the timer.
    private static final long SAFETY_MILLIS = 30_000;

    // When each held answer is due, in System.nanoTime (the time the timer keeps, not the clock's),
    // soonest first: a slot is free again when its time is over, whether or not its request came back.
    private final PriorityQueue<Long> dueTimes = new PriorityQueue<>();

    /** Suspends the message's chain for the delay; false, and nothing suspended, when it cannot be held. */
    boolean hold(Message message, Duration delay, Fault fault) {
        ContinuationProvider provider = message.get(ContinuationProvider.class);
        if (delay.isZero() || delay.isNegative() || provider == null || !reserve(delay)) {
            return false;
        }
        Continuation continuation = continuationOf(provider);
        if (continuation == null) {
            return false;
        }
        message.put(HELD_FAULT, fault);
        continuation.suspend(delay.toMillis() + SAFETY_MILLIS);
        // Resuming only hands the request back to Jetty's threads: it can run on the timer's own thread.
        CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS, Runnable::run).execute(continuation::resume);
        return true;
    }

    /** The fault of a held answer once its request is back; null for any other message. */
    Fault release(Message message) {
        return (Fault) message.remove(HELD_FAULT);
    }

    // A servlet that does not take asynchronous requests refuses to suspend one: answer at once then.
    private static Continuation continuationOf(ContinuationProvider provider) {
        try {
            return provider.getContinuation();
        } catch (IllegalStateException notAsynchronous) {
            return null;
        }
    }

    private synchronized boolean reserve(Duration delay) {
        long now = System.nanoTime();
        while (!dueTimes.isEmpty() && dueTimes.peek() - now <= 0) {
            dueTimes.poll();
        }
        if (dueTimes.size() >= MAX_HELD) {
            return false;
        }
        dueTimes.add(now + delay.toNanos());
        return true;
    }
}
