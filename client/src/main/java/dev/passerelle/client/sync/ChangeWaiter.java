package dev.passerelle.client.sync;

import dev.passerelle.client.run.EngineException;
import dev.passerelle.client.transport.ErpTransport;
import dev.passerelle.contract.v1.GetServiceInfoResponse;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one WaitForChanges call open on an integration's ERP, on a daemon thread of its own until
 * closed, so that a watcher hears of an ERP change moments after its commit instead of at its next
 * turn, and asks the ERP nothing more while nothing changes: while a wait is open, the ERP's change
 * horizon is the one the wait was opened with ({@link #horizonHeld}), since the ERP answers as soon
 * as it moves or maintenance begins.
 *
 * <p>An ERP that does not offer waits (GetServiceInfo without {@code maxWaitSeconds}), or a time-out
 * too short to hold one, stops the waiter at once: the watcher then asks GetServiceInfo every turn,
 * as without it. A failed call, or a wait the ERP answered early without a change (maintenance, too
 * many waits held), is followed by a {@code pause}, then GetServiceInfo again. Thread-safe.
 */
public final class ChangeWaiter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeWaiter.class);
    private static final long NONE = Long.MIN_VALUE;

    private final String integration;
    private final Supplier<ErpTransport> transport;
    private final Duration timeout;
    private final Duration pause;
    private final Runnable onChange;
    private final Runnable onClose;
    private final Thread thread;
    private volatile long waitingOn = NONE;
    private volatile boolean closed;

    private ChangeWaiter(String integration, Supplier<ErpTransport> transport, Duration timeout, Duration pause,
            Runnable onChange, Runnable onClose) {
        this.integration = integration;
        this.transport = transport;
        this.timeout = timeout;
        this.pause = pause;
        this.onChange = onChange;
        this.onClose = onClose;
        this.thread = new Thread(this::serve, "erp-wait-" + integration);
        thread.setDaemon(true);
    }

    /**
     * Starts waiting on the ERP reached through {@code transport} (asked again after each failure, so a
     * disconnected integration is simply paused), whose calls time out after {@code timeout}; runs
     * {@code onChange} on the waiter's thread each time the horizon moves, and {@code onClose} once closed.
     */
    public static ChangeWaiter start(String integration, Supplier<ErpTransport> transport, Duration timeout,
            Duration pause, Runnable onChange, Runnable onClose) {
        ChangeWaiter waiter = new ChangeWaiter(integration, transport, timeout, pause, onChange, onClose);
        waiter.thread.start();
        return waiter;
    }

    /**
     * The longest wait to ask for: two thirds of the call's time-out (the rest covers the way there and
     * back), at most what the ERP offers; 0 when that is under a second.
     */
    static int waitSeconds(int offered, Duration timeout) {
        return (int) Math.min(offered, timeout.toMillis() * 2 / 3 / 1000);
    }

    /** The ERP's change horizon while a wait is open (it has not moved since the wait began); empty otherwise. */
    public OptionalLong horizonHeld() {
        long held = waitingOn;
        return held == NONE ? OptionalLong.empty() : OptionalLong.of(held);
    }

    private void serve() {
        Long known = null;
        int seconds = 0;
        while (!closed) {
            try {
                if (known == null) {
                    GetServiceInfoResponse info = transport.get().serviceInfo();
                    seconds = info.getMaxWaitSeconds() == null ? 0 : waitSeconds(info.getMaxWaitSeconds(), timeout);
                    if (seconds < 1 || info.getChangeHorizon() == null) {
                        LOG.info("the ERP of {} holds no WaitForChanges call of at most {}: its changes are looked for at each turn",
                                integration, timeout);
                        return;
                    }
                    if (info.isMaintenance()) {
                        pause();
                        continue;
                    }
                    known = info.getChangeHorizon();
                    // changes made before this horizon was read and after the last run read the ERP wake no
                    // wait: one turn now looks at them
                    onChange.run();
                }
                long began = System.nanoTime();
                long now;
                waitingOn = known;
                try {
                    now = transport.get().waitForChanges(known, seconds);
                } finally {
                    waitingOn = NONE;
                }
                if (now != known) {
                    known = now;
                    onChange.run();
                } else if (System.nanoTime() - began < TimeUnit.SECONDS.toNanos(seconds) / 2) {
                    // answered at once with nothing new: maintenance, or the ERP holds too many waits
                    known = null;
                    pause();
                }
            } catch (EngineException failure) {
                if (!closed) {
                    LOG.debug("waiting for the ERP changes of {} failed: {}", integration, failure.getMessage());
                }
                known = null;
                pause();
            } catch (RuntimeException unexpected) {
                if (!closed) {
                    LOG.warn("waiting for the ERP changes of {} failed", integration, unexpected);
                }
                known = null;
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    /** Stops waiting; a call in flight ends with the ERP's answer or the transport's closing. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        onClose.run();
    }
}
