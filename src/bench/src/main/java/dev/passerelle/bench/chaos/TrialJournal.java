package dev.passerelle.bench.chaos;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What happened in one trial, as it happens: the exit code of every engine run (the one interrupted
 * included), the runs started after the interruption, and why the trial needed a hand, if it did. A
 * trial needs a hand when a run after the interruption exits 3 (busy: the killed run's lock was not
 * taken over at once), 5 or 64 (refused to start) or 70 (internal error), when a child overruns its
 * limit, or when the trial does not converge. Not thread-safe.
 */
final class TrialJournal {

    /** Exit codes of {@code crm-sync run} that a restart must never give. */
    private static final Set<Integer> NEEDS_A_HAND = Set.of(3, 5, 64, 70);

    private final List<String> exits = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private int restarts;
    private boolean neededHand;

    /** The first run of the trial ended so: the one interrupted, or the calibration's whole run. */
    void firstRun(String exit) {
        exits.add(exit);
    }

    /** A run after the interruption ended with {@code exit}. */
    void restarted(int exit) {
        restarts++;
        exits.add(Integer.toString(exit));
        if (NEEDS_A_HAND.contains(exit)) {
            needsAHand("run " + restarts + " after the interruption exited " + exit);
        }
    }

    void needsAHand(String why) {
        neededHand = true;
        notes.add(why);
    }

    void note(String what) {
        notes.add(what);
    }

    List<String> exits() {
        return List.copyOf(exits);
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    int restarts() {
        return restarts;
    }

    boolean neededHand() {
        return neededHand;
    }
}
