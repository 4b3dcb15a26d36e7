package dev.passerelle.client.watch;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.config.IntegrationSettings;
import dev.passerelle.client.run.EngineException;
import dev.passerelle.client.run.RunMode;
import dev.passerelle.client.run.RunReport;
import dev.passerelle.client.sync.ChangeWaiter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduler behind {@code crm-sync watch}: serves several integrations in one process, each on its
 * own thread with its own {@link WatchSchedule} (its interval and daily full re-sync time). A delta
 * turn that finds nothing to exchange records no run ({@link CrmEngine#turn}). A turn that
 * finds the integration's run lock taken (by this or another process) or the integration disconnected
 * from its ERP is skipped and reported; one integration failing never stops the others. Turns are
 * reported to a listener, called from the integrations' threads. While it serves an integration, a
 * {@link ChangeWaiter} keeps a WaitForChanges call open on its ERP (when the ERP offers them) and rings
 * the integration's {@link Doorbell} when the ERP has changes, and an {@link OutboxLook} rings it when
 * the CRM has (every {@value #OUTBOX_LOOK_SECONDS} s, for intervals longer than that): the next turn
 * comes at once instead of at its time (but no sooner than the last turn lasted, so that a watcher
 * woken again and again is busy at most half the time), and turns meanwhile ask the ERP nothing. Time
 * comes from the injected clock and waiting from the injected {@link Sleeper}, so tests need no real
 * waits (the two bells keep real time).
 */
public final class Watcher {

    private static final Logger LOG = LoggerFactory.getLogger(Watcher.class);
    /** How often the outbox is looked at for CRM changes written since the last look. */
    static final int OUTBOX_LOOK_SECONDS = 1;

    /** Waits until an instant, or until the doorbell rings; answers whether it rang. */
    @FunctionalInterface
    public interface Sleeper {
        boolean sleepUntil(Instant at, Doorbell doorbell) throws InterruptedException;
    }

    /** How a turn went: {@code UP_TO_DATE} when a delta turn found nothing to exchange and recorded no run. */
    public enum Outcome { RAN, UP_TO_DATE, BUSY, DISCONNECTED, REFUSED, FAILED }

    /**
     * One turn of one integration, begun {@code at} and lasting {@code took}; {@code report} is set when it
     * {@link Outcome#RAN}, {@code message} otherwise.
     */
    public record Turn(String integration, Instant at, Duration took, RunMode mode, Outcome outcome, RunReport report,
                       String message) {
    }

    private final CrmEngine engine;
    private final Clock clock;
    private final ZoneId zone;
    private final Sleeper sleeper;

    public Watcher(CrmEngine engine, Clock clock, ZoneId zone, Sleeper sleeper) {
        this.engine = engine;
        this.clock = clock;
        this.zone = zone;
        this.sleeper = sleeper;
    }

    /** Waits on the real time of {@code clock}. */
    public static Sleeper realTime(Clock clock) {
        return (at, doorbell) -> doorbell.sleepUntil(clock, at);
    }

    /**
     * Serves the integrations until each took {@code maxTurns} turns ({@code null}: until interrupted),
     * as {@code user} (whose permissions are checked; {@code null}: the operator).
     */
    public void serve(List<String> integrations, String user, Integer maxTurns, Consumer<Turn> listener)
            throws InterruptedException {
        integrations.forEach(engine.settings()::integration);
        List<Thread> threads = new ArrayList<>();
        for (String integration : integrations) {
            Thread thread = new Thread(() -> serveOne(integration, user, maxTurns, listener), "watch-" + integration);
            thread.start();
            threads.add(thread);
        }
        try {
            for (Thread thread : threads) {
                thread.join();
            }
        } catch (InterruptedException interrupted) {
            threads.forEach(Thread::interrupt);
            throw interrupted;
        }
    }

    private void serveOne(String integration, String user, Integer maxTurns, Consumer<Turn> listener) {
        IntegrationSettings options = engine.settings().integration(integration);
        WatchSchedule schedule = new WatchSchedule(clock, options.interval(), options.fullResyncAt(), zone);
        Doorbell doorbell = new Doorbell();
        Instant paced = null;
        try (ChangeWaiter erpBell = engine.waitForErpChanges(integration, doorbell::ring);
             OutboxLook crmBell = lookAtOutbox(integration, options, doorbell)) {
            for (int turns = 0; maxTurns == null || turns < maxTurns; turns++) {
                WatchSchedule.Next next = schedule.next();
                boolean rung;
                try {
                    rung = sleeper.sleepUntil(next.at(), doorbell);
                    if (rung && paced != null && clock.instant().isBefore(paced)) {
                        // a woken turn waits as long as the last turn lasted: busy at most half the time
                        sleeper.sleepUntil(paced.isBefore(next.at()) ? paced : next.at(), new Doorbell());
                    }
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                // woken by changes before the time: a delta turn, a full re-sync due later stays owed
                RunMode mode = rung && next.at().isAfter(clock.instant()) ? RunMode.DELTA : next.mode();
                schedule.ran(mode);
                Turn turn = take(integration, user, mode);
                paced = clock.instant().plus(turn.took());
                if (turn.outcome() != Outcome.RAN && turn.outcome() != Outcome.UP_TO_DATE) {
                    LOG.info("watch turn of {} skipped ({}): {}", integration, turn.outcome(), turn.message());
                }
                if (turn.outcome() == Outcome.DISCONNECTED) {
                    schedule.skipped(mode);
                }
                try {
                    listener.accept(turn);
                } catch (RuntimeException listenerFailure) {
                    LOG.warn("watch listener failed on {}", integration, listenerFailure);
                }
            }
        }
    }

    /** Looks at the integration's outbox; null (no look) when its interval is no longer than a look's period. */
    private OutboxLook lookAtOutbox(String integration, IntegrationSettings options, Doorbell doorbell) {
        Duration period = Duration.ofSeconds(OUTBOX_LOOK_SECONDS);
        if (options.interval().compareTo(period) <= 0) {
            return null;
        }
        return OutboxLook.start(integration, engine.store().jdbi(), period, doorbell::ring);
    }

    private Turn take(String integration, String user, RunMode mode) {
        Instant at = clock.instant();
        Outcome outcome;
        RunReport report = null;
        String message = null;
        try {
            report = engine.turn(user, integration, mode).orElse(null);
            outcome = report == null ? Outcome.UP_TO_DATE : Outcome.RAN;
            message = report == null ? "nothing to exchange" : null;
        } catch (EngineException.Busy busy) {
            outcome = Outcome.BUSY;
            message = busy.getMessage();
        } catch (EngineException.Disconnected disconnected) {
            outcome = Outcome.DISCONNECTED;
            message = disconnected.getMessage();
        } catch (EngineException.BadRequest | EngineException.PermissionDenied refused) {
            outcome = Outcome.REFUSED;
            message = refused.getMessage();
        } catch (RuntimeException failure) {
            LOG.warn("watch turn of {} failed", integration, failure);
            outcome = Outcome.FAILED;
            message = String.valueOf(failure.getMessage());
        }
        return new Turn(integration, at, Duration.between(at, clock.instant()), mode, outcome, report, message);
    }
}
