package dev.passerelle.bench.chaos;

import java.time.Duration;
import java.util.Optional;

/**
 * A trial's first engine run and what befalls it: a calibration lets it run to its end; a trial kills
 * its scenario's victim with SIGKILL at its drawn moment, counted from the run's start. When the victim
 * is the endpoint, the engine is left to notice and end by itself (or killed after a bounded wait) and
 * the endpoint is started again on the same port and database.
 *
 * @param runTime  how long the first run lived
 * @param killedAt when the victim was killed, from the run's start (a calibration: zero)
 * @param hit      whether the run was still going when its victim was killed (else nothing was killed)
 * @param exit     the first run's exit code ({@value Child#KILLED}: killed)
 */
record Interruption(Duration runTime, Duration killedAt, boolean hit, int exit) {

    /** An engine whose endpoint died backs off for seconds, then fails; longer than this, it hangs. */
    private static final Duration ENGINE_AFTER_ENDPOINT_KILL = Duration.ofMinutes(2);

    /** How the trial reaches its endpoint, which the interruption may kill and start again. */
    interface Endpoints {
        Endpoint current();

        void restart();
    }

    /** Whether the first run ended by itself with the sides possibly equal (0 or 1). */
    boolean comparable() {
        return exit == 0 || exit == 1;
    }

    static Interruption run(TrialFolder folder, TrialPlan plan, double fraction, Duration runLimit, Endpoints endpoints,
                            TrialJournal journal) {
        try (Child run = EngineRun.start(folder, "run-0")) {
            if (plan.calibration()) {
                int exit = run.waitFor(runLimit).orElseGet(() -> overran(run, runLimit, journal));
                journal.firstRun(Integer.toString(exit));
                return new Interruption(run.age(), Duration.ZERO, false, exit);
            }
            Duration killAt = Duration.ofNanos((long) (fraction * plan.window().orElseThrow().toNanos()));
            Optional<Integer> early = run.waitFor(killAt.minus(run.age()));
            Duration killedAt = run.age();
            if (early.isPresent()) {
                journal.firstRun(early.get() + " (ended before its kill)");
                return new Interruption(killedAt, killedAt, false, early.get());
            }
            if (!plan.scenario().killsEndpoint()) {
                journal.firstRun(run.kill() + " (killed)");
                return new Interruption(killedAt, killedAt, true, Child.KILLED);
            }
            journal.note("endpoint killed (exit " + endpoints.current().kill() + ")");
            int exit = run.waitFor(ENGINE_AFTER_ENDPOINT_KILL).orElseGet(() -> {
                journal.note("the engine still ran " + ENGINE_AFTER_ENDPOINT_KILL.toSeconds() + " s after its endpoint died");
                return run.kill();
            });
            journal.firstRun(Integer.toString(exit));
            Duration runTime = run.age();
            endpoints.restart();
            return new Interruption(runTime, killedAt, true, exit);
        }
    }

    /** Kills a run that overran its limit: the trial needs a hand. */
    static int overran(Child run, Duration limit, TrialJournal journal) {
        journal.needsAHand(run.name() + " still ran after " + limit.toSeconds() + " s, and was killed");
        return run.kill();
    }
}
