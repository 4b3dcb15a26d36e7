package dev.passerelle.bench;

import java.time.Duration;
import java.util.Set;

/**
 * What the watch section measures: the demo ERP's size, how long the writer commits changes (the first
 * half single changes at a steady rate, the second half bursts), how long each of the two measurements
 * of the idle watcher's CPU lasts and how long nothing changes between them, and the watcher's interval:
 * {@link #SHORTEST_INTERVAL} by default, the shortest {@code crm-sync watch} accepts, or a longer one,
 * at which its turns come from the two bells (the ERP's held wait, the look at the CRM's outbox).
 *
 * @param accounts accounts of the demo ERP, synced once before the watcher starts
 * @param interval the interval of {@code crm-sync watch}
 * @param directions the directions in which the writer makes changes: both, or one side's changes alone
 * @param changes  how long the writer commits changes
 * @param idle     how long each idle measurement of the CPU of the watcher and of the endpoint lasts: the first
 *                 right after the changes, the second after {@code settle}
 * @param settle   how long nothing changes between the two idle measurements, for the compiler to finish with
 *                 the idle turns' code
 */
record WatchPlan(int accounts, Duration interval, Set<LatencyProbe.Direction> directions, Duration changes, Duration idle,
                 Duration settle) {

    static final Duration SHORTEST_INTERVAL = Duration.ofSeconds(1);
    /** The changes of one burst, in each direction. */
    static final int BURST = 100;
    /** Between two single changes in one direction (the two directions alternate, half of it apart). */
    static final Duration STEADY_PERIOD = Duration.ofMillis(250);

    WatchPlan {
        if (accounts < 2 * BURST) {
            throw new IllegalArgumentException("--watch-accounts must be at least " + 2 * BURST);
        }
        if (interval.compareTo(SHORTEST_INTERVAL) < 0) {
            throw new IllegalArgumentException("--watch-interval must be at least 1 second");
        }
        if (directions.isEmpty()) {
            throw new IllegalArgumentException("--watch-directions must name at least one direction");
        }
        directions = Set.copyOf(directions);
        if (changes.compareTo(Duration.ofSeconds(2)) < 0) {
            throw new IllegalArgumentException("--watch-duration must be at least 2 seconds");
        }
        if (idle.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("--watch-idle must be at least 1 second");
        }
        if (settle.isNegative()) {
            throw new IllegalArgumentException("--watch-settle must not be negative");
        }
    }

    /** Changes in both directions, as the section makes them by default. */
    static final Set<LatencyProbe.Direction> BOTH = Set.of(LatencyProbe.Direction.values());

    /** The first half of {@link #changes}: single changes. */
    Duration steady() {
        return changes.dividedBy(2);
    }

    /** The second half of {@link #changes}: bursts. */
    Duration bursts() {
        return changes.minus(steady());
    }
}
