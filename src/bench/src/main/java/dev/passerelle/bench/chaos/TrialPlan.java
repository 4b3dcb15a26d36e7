package dev.passerelle.bench.chaos;

import java.time.Duration;
import java.util.Optional;

/**
 * One trial to run: its number, scenario and seed, and the window its kill moment is drawn in (the
 * measured duration of an uninterrupted run of the scenario); without a window it is the scenario's
 * calibration, which kills nothing and measures that duration.
 */
record TrialPlan(int number, Scenario scenario, long seed, Optional<Duration> window) {

    static TrialPlan calibration(Scenario scenario, long seed) {
        return new TrialPlan(-1, scenario, seed, Optional.empty());
    }

    boolean calibration() {
        return window.isEmpty();
    }

    /** The trial's folder name: trials by number, calibrations by scenario. */
    String folderName() {
        return calibration() ? "calibration-" + scenario.label() : String.format("trial-%03d-%s", number, scenario.label());
    }
}
