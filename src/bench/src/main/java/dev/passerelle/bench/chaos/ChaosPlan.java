package dev.passerelle.bench.chaos;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * What one {@code passerelle chaos} does: how many trials, taken in turn from which scenarios, over a
 * demo ERP of how many accounts, from which seed. Trial 0 takes the seed itself, so that a trial
 * replays alone with its own seed, one trial and its scenario. Immutable; checked when made.
 *
 * @param trials    killed trials in all, taken in turn from the scenarios
 * @param accounts  demo accounts of the ERP every trial starts from
 * @param seed      the seed of trial 0; the others' follow from it
 * @param scenarios the scenarios, in the order their trials come
 * @param parallel  scenarios run side by side (each scenario's trials stay in order)
 */
record ChaosPlan(int trials, int accounts, long seed, List<Scenario> scenarios, int parallel) {

    /** Below this, a scenario's edits would not find records enough of each kind to change. */
    static final int MIN_ACCOUNTS = 20;
    /** Spreads the trials' seeds over the whole range (the golden ratio's fraction of 2^64). */
    private static final long SEED_STEP = 0x9E3779B97F4A7C15L;

    ChaosPlan {
        if (trials < 1) {
            throw new IllegalArgumentException("--trials must be at least 1, was " + trials);
        }
        if (accounts < MIN_ACCOUNTS) {
            throw new IllegalArgumentException("--accounts must be at least " + MIN_ACCOUNTS + ", was " + accounts);
        }
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("at least one scenario is needed");
        }
        scenarios = List.copyOf(new LinkedHashSet<>(scenarios));
        if (parallel < 1 || parallel > scenarios.size()) {
            throw new IllegalArgumentException("--parallel must be between 1 and the number of scenarios, " + scenarios.size()
                    + ", was " + parallel);
        }
    }

    Scenario scenarioOf(int trial) {
        return scenarios.get(trial % scenarios.size());
    }

    long seedOf(int trial) {
        return seed + trial * SEED_STEP;
    }

    /** The scenarios that get at least one trial, in the order of their first trial. */
    List<Scenario> scenariosTried() {
        return scenarios.subList(0, Math.min(trials, scenarios.size()));
    }

    /** Records changed before a delta run: a few hundred at the default size, never fewer than 20. */
    int edits() {
        return Math.max(20, Math.min(500, accounts / 8));
    }

    /** New CRM records sent by a run: several hundred at the default size, never fewer than 30. */
    int newRecords() {
        return Math.max(30, Math.min(1_000, accounts / 4));
    }
}
