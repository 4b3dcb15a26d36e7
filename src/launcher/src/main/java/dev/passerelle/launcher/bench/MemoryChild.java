package dev.passerelle.launcher.bench;

import java.nio.file.Path;

/**
 * The program a {@link MemoryRun} starts in a child JVM: first, when asked, the first sync of a
 * warm-up demo ERP, whose databases are then deleted; then builds a demo ERP of N accounts (not
 * timed), resets the heap peaks, runs the measured first sync into an empty CRM store and prints one
 * {@value #PREFIX} line with the figures. A warm-up that fails (out of memory included) prints one
 * {@value #WARM_UP_FAILED} line instead, so that the failure is not taken for the measured sync's.
 * Arguments: the number of accounts, a folder for the databases and the accounts of the warm-up (0
 * for none).
 *
 * <p>The warm-up leaves the JIT compiler's warm-up out of the measured sync: without it the JVM
 * compiles the sync's code during the measured sync, a cost that does not grow with N, so the time per
 * account at N = 10,000 was twice that at N = 100,000 (273 against 152 µs) and the change from the
 * smallest to the largest size measured the compiler rather than how the sync scales.
 */
final class MemoryChild {

    static final String PREFIX = "BENCH-MEMORY";
    static final String WARM_UP_FAILED = "BENCH-MEMORY-WARM-UP-FAILED";

    private MemoryChild() {
    }

    public static void main(String[] args) {
        Quiet.components();
        int accounts = Integer.parseInt(args[0]);
        Path folder = Path.of(args[1]);
        int warmUp = Integer.parseInt(args[2]);
        long warmUpNanos = 0;
        if (warmUp > 0) {
            Path warmUpFolder = folder.resolve("warm-up");
            try (Workbench bench = Workbench.open(warmUpFolder, warmUp)) {
                warmUpNanos = FirstSync.run(bench.engine()).nanos();
            } catch (RuntimeException | OutOfMemoryError failure) {
                System.out.println(WARM_UP_FAILED + " " + failure);
                System.exit(1);
            }
            Folders.deleteQuietly(warmUpFolder);
        }
        try (Workbench bench = Workbench.open(folder.resolve("measured"), accounts)) {
            FirstSync sync = FirstSync.run(bench.engine());
            System.out.printf("%s accounts=%d nanos=%d records=%d peak=%d warmUpNanos=%d compilingMillis=%d%n", PREFIX,
                    accounts, sync.nanos(), sync.records(), sync.peakBytes(), warmUpNanos, sync.compilingMillis());
        }
        System.exit(0);
    }
}
