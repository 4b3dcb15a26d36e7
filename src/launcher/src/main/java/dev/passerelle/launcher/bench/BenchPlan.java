package dev.passerelle.launcher.bench;

import java.util.List;

/**
 * What one benchmark run measures: sizes, counts and caller counts, checked so that every section
 * can run (at least 10 accounts, changes and delta within the accounts, positive counts).
 */
record BenchPlan(int accounts, List<Integer> memorySizes, List<Integer> callers, int deltaAccounts, int changes,
        int idleRuns, int idleWarmUpRuns, int callsPerCaller) {

    BenchPlan {
        require(accounts >= 10, "--accounts must be at least 10");
        require(deltaAccounts >= 1 && deltaAccounts <= accounts, "--delta-accounts must be between 1 and --accounts");
        require(changes >= 1 && changes <= accounts, "--changes must be between 1 and --accounts");
        require(idleRuns >= 1, "--idle-runs must be at least 1");
        require(idleWarmUpRuns >= 0, "--idle-warm-up must be 0 or more");
        require(callsPerCaller >= 1, "--calls must be at least 1");
        require(!callers.isEmpty() && callers.stream().allMatch(count -> count >= 1 && count <= 256),
                "--callers must list counts between 1 and 256");
        require(memorySizes.stream().allMatch(size -> size >= 10), "--memory-sizes must be at least 10 each");
        memorySizes = memorySizes.stream().sorted().toList();
        callers = List.copyOf(callers);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
