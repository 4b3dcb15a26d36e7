package dev.passerelle.bench.chaos;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How one trial ended. Immutable.
 *
 * @param plan        the trial run
 * @param runTime     how long its first engine run lived (the calibration's: the uninterrupted run's duration)
 * @param killedAt    when the victim was killed, from the start of the first engine run (calibration: zero)
 * @param hit         whether the victim was still running when killed (else the kill came after its end)
 * @param inRun       whether the kill interrupted a run: the store shows a run closed as interrupted, or,
 *                    for an endpoint killed, the engine's run failed
 * @param converged   whether a run ended the trial with the two sides equal
 * @param journal     exit codes, restarts and why it needed a hand
 * @param findings    the last comparison's findings
 * @param folder      the trial's folder (its databases and the child JVMs' logs)
 */
record TrialResult(TrialPlan plan, Duration runTime, Duration killedAt, boolean hit, boolean inRun, boolean converged,
        TrialJournal journal, Findings findings, Path folder) {

    /** Converged, nothing lost or duplicated, no hand needed (a calibration: and no run after its own). */
    boolean clean() {
        return converged && !journal.neededHand() && findings.clean() && (!plan.calibration() || journal.restarts() == 0);
    }

    long lost() {
        return findings.count(Findings.Kind.LOST);
    }

    long duplicated() {
        return findings.count(Findings.Kind.DUPLICATED);
    }

    /** What the trial ran and how it ended, on one line for the progress and the report. */
    String summary() {
        String kill = plan.calibration() ? String.format("uninterrupted run of %.1f s", runTime.toMillis() / 1e3)
                : String.format("%s %s at %.2f s%s", plan.scenario().killsEndpoint() ? "endpoint" : "engine",
                        hit ? "killed" : "not killed, the run had ended", killedAt.toMillis() / 1e3,
                        inRun ? ", in the run" : "");
        return String.format("%s seed %d: %s; exits %s; %s%s", plan.scenario().label(), plan.seed(), kill,
                String.join(" ", journal.exits()), clean() ? "clean" : "NOT CLEAN", notes());
    }

    List<String> findingLines() {
        return findings.all().stream().map(Findings.Finding::toString).toList();
    }

    List<String> findingSummary() {
        return findings.summary();
    }

    private String notes() {
        List<String> notes = journal.notes();
        String counts = findings.clean() ? "" : String.format(" (lost %d, duplicated %d, unsettled %d)", lost(), duplicated(),
                findings.count(Findings.Kind.UNSETTLED));
        return counts + (notes.isEmpty() ? "" : "; " + String.join("; ", notes));
    }
}
