package dev.passerelle.bench.chaos;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The verdict of a chaos command: a table with a row per scenario (its killed trials, how many
 * converged, the findings lost and duplicated, the trials that needed a hand, the most runs a trial
 * needed after its kill, the kills that landed inside a run, the calibrated window and the
 * calibration's own verdict, and the seed of each trial that failed) and a row of totals, then the
 * failed trials one by one with the command that replays each and where its folder is. Immutable.
 */
record ChaosReport(ChaosPlan plan, List<TrialResult> calibrations, List<TrialResult> trials) {

    ChaosReport {
        calibrations = List.copyOf(calibrations);
        trials = List.copyOf(trials);
    }

    /** Every trial and calibration clean: converged, nothing lost or duplicated, no hand needed. */
    boolean passed() {
        return trials.stream().allMatch(TrialResult::clean) && calibrations.stream().allMatch(TrialResult::clean);
    }

    String text() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Kill suite: %d trials over %,d demo accounts, seed %d", plan.trials(),
                plan.accounts(), plan.seed()));
        lines.add("");
        lines.add("| scenario | trials | converged | lost | duplicated | needing a hand | restarts (max) | kills in a run"
                + " | window (s) | calibration | failed (seeds) |");
        lines.add("|---|---|---|---|---|---|---|---|---|---|---|");
        for (Scenario scenario : plan.scenariosTried()) {
            List<TrialResult> rows = trials.stream().filter(trial -> trial.plan().scenario() == scenario).toList();
            TrialResult calibration = calibrations.stream().filter(trial -> trial.plan().scenario() == scenario)
                    .findFirst().orElseThrow();
            lines.add(row(scenario.label(), rows, String.format(Locale.ROOT, "%.1f", calibration.runTime().toMillis() / 1e3),
                    calibration.clean() ? "clean" : "NOT CLEAN"));
        }
        long cleanCalibrations = calibrations.stream().filter(TrialResult::clean).count();
        lines.add(row("total", trials, "", cleanCalibrations + " of " + calibrations.size() + " clean"));
        lines.add("");
        lines.add("lost / duplicated: findings of the last comparison (one wrong record may fail several checks);"
                + " restarts: engine runs after the kill until the sides were equal.");
        List<TrialResult> failed = new ArrayList<>(calibrations.stream().filter(trial -> !trial.clean()).toList());
        failed.addAll(trials.stream().filter(trial -> !trial.clean()).toList());
        if (failed.isEmpty()) {
            lines.add("Every trial converged with nothing lost or duplicated and no hand needed.");
        } else {
            lines.add("");
            lines.add("Failed (each kept in its folder, with its databases and the logs of its child JVMs):");
            failed.forEach(trial -> lines.addAll(failure(trial)));
        }
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }

    private static String row(String label, List<TrialResult> rows, String window, String calibration) {
        String failedSeeds = rows.stream().filter(trial -> !trial.clean()).map(trial -> Long.toString(trial.plan().seed()))
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %d | %s | %s | %s |", label, rows.size(),
                rows.stream().filter(TrialResult::converged).count(),
                rows.stream().mapToLong(TrialResult::lost).sum(),
                rows.stream().mapToLong(TrialResult::duplicated).sum(),
                rows.stream().filter(trial -> trial.journal().neededHand()).count(),
                rows.stream().filter(TrialResult::converged).mapToInt(trial -> trial.journal().restarts()).max().orElse(0),
                rows.stream().filter(TrialResult::inRun).count(), window, calibration,
                failedSeeds.isEmpty() ? "-" : failedSeeds);
    }

    private List<String> failure(TrialResult trial) {
        List<String> lines = new ArrayList<>();
        lines.add("- " + (trial.plan().calibration() ? "calibration" : "trial " + trial.plan().number()) + " "
                + trial.summary());
        lines.add(String.format(Locale.ROOT, "  replay: ./passerelle chaos --seed %d --trials 1 --scenario %s --accounts %d",
                trial.plan().seed(), trial.plan().scenario().label(), plan.accounts()));
        lines.add("  folder: " + trial.folder() + (trial.findings().clean() ? ""
                : " (every finding in " + ChaosSuite.FINDINGS_FILE + ")"));
        trial.findingSummary().forEach(line -> lines.add("  " + line));
        return lines;
    }
}
