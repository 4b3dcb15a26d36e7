package dev.passerelle.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What one benchmark run measures: sizes, counts and caller counts, checked so that every section
 * can run (at least 10 accounts, changes and delta within the accounts, positive counts), and how many
 * times the in-process measurements run (each repeat in a JVM of its own). {@code memoryWarmUp}: the
 * accounts of the first sync each memory run makes before its measured ones (0 for none);
 * {@code memoryVolume}: the accounts the measured first syncs of each memory size add up to at least
 * (see {@link #memorySyncs}). No caller counts leave RTDV out, as no memory sizes leave out the memory runs.
 */
record BenchPlan(int accounts, List<Integer> memorySizes, int memoryWarmUp, int memoryVolume, List<Integer> callers,
        int deltaAccounts, int changes, int idleRuns, int idleWarmUpRuns, int callsPerCaller, int repeat) {

    static final int MAX_REPEAT = 20;
    static final int MAX_MEMORY_SYNCS = 10;

    BenchPlan {
        require(accounts >= 10, "--accounts must be at least 10");
        require(deltaAccounts >= 1 && deltaAccounts <= accounts, "--delta-accounts must be between 1 and --accounts");
        require(changes >= 1 && changes <= accounts, "--changes must be between 1 and --accounts");
        require(idleRuns >= 1, "--idle-runs must be at least 1");
        require(idleWarmUpRuns >= 0, "--idle-warm-up must be 0 or more");
        require(callsPerCaller >= 1, "--calls must be at least 1");
        require(callers.stream().allMatch(count -> count >= 1 && count <= 256),
                "--callers must list counts between 1 and 256");
        require(callers.stream().distinct().count() == callers.size(), "--callers must list each count once");
        require(memorySizes.stream().allMatch(size -> size >= 10), "--memory-sizes must be at least 10 each");
        require(memoryWarmUp == 0 || memoryWarmUp >= 10, "--memory-warm-up must be 0 or at least 10");
        require(memoryVolume >= 1, "--memory-volume must be at least 1");
        require(repeat >= 1 && repeat <= MAX_REPEAT, "--repeat must be between 1 and " + MAX_REPEAT);
        memorySizes = memorySizes.stream().sorted().toList();
        callers = List.copyOf(callers);
    }

    /**
     * The measured first syncs of a memory run of {@code size} accounts: enough for them to add up to
     * {@code memoryVolume} accounts, at least one and at most {@value #MAX_MEMORY_SYNCS}.
     */
    int memorySyncs(int size) {
        long needed = (memoryVolume + (long) size - 1) / size;
        return (int) Math.max(1, Math.min(MAX_MEMORY_SYNCS, needed));
    }

    /**
     * The plan of one of the in-process runs, as the arguments of a child JVM ({@link SyncChild}): no
     * memory runs, one repeat. {@link #ofArguments} reads them back.
     */
    List<String> childArguments() {
        return List.of(Integer.toString(accounts), callers.stream().map(String::valueOf).collect(Collectors.joining(",")),
                Integer.toString(deltaAccounts), Integer.toString(changes), Integer.toString(idleRuns),
                Integer.toString(idleWarmUpRuns), Integer.toString(callsPerCaller));
    }

    static BenchPlan ofArguments(List<String> arguments) {
        if (arguments.size() != 7) {
            throw new IllegalArgumentException("expected 7 plan arguments, got " + arguments);
        }
        List<Integer> callers = new ArrayList<>();
        Arrays.stream(arguments.get(1).split(",")).filter(count -> !count.isEmpty()).map(Integer::valueOf)
                .forEach(callers::add);
        return new BenchPlan(Integer.parseInt(arguments.get(0)), List.of(), 0, 1, callers, Integer.parseInt(arguments.get(2)),
                Integer.parseInt(arguments.get(3)), Integer.parseInt(arguments.get(4)), Integer.parseInt(arguments.get(5)),
                Integer.parseInt(arguments.get(6)), 1);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
