package dev.passerelle.launcher.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The program a {@link MemoryRun} starts in a child JVM: first, when asked, the first sync of a
 * warm-up demo ERP, whose databases are then deleted; then, as many times as asked, builds a demo ERP
 * of N accounts (not timed), resets the heap peaks and runs the measured first sync into an empty CRM
 * store, each time on databases of its own, deleted after it. Prints one {@value #PREFIX} line with the
 * figures: the median sync time, the highest heap peak, and the compiler's time and the syncs' time
 * added up. A warm-up that fails (out of memory included) prints one {@value #WARM_UP_FAILED} line
 * instead, so that the failure is not taken for the measured syncs'. Arguments: the number of
 * accounts, a folder for the databases, the accounts of the warm-up (0 for none) and the number of
 * measured syncs.
 *
 * <p>The warm-up and the repeats leave the JIT compiler's warm-up out of the time per account: the
 * JVM compiles the sync's code during the first syncs it makes, a cost that does not grow with N, so
 * without them the time per account at N = 10,000 was twice that at N = 100,000 (273 against 152 µs),
 * and after a warm-up alone it still moved by a quarter from one run to the next (143 to 180 µs), the
 * compiler being at work through most of a 1.5-second sync.
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
        int syncs = Integer.parseInt(args[3]);
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
        long[] nanos = new long[syncs];
        long peak = 0;
        long records = 0;
        long compilingMillis = 0;
        for (int sync = 0; sync < syncs; sync++) {
            Path measured = folder.resolve("measured-" + (sync + 1));
            try (Workbench bench = Workbench.open(measured, accounts)) {
                FirstSync run = FirstSync.run(bench.engine());
                nanos[sync] = run.nanos();
                peak = Math.max(peak, run.peakBytes());
                records = run.records();
                compilingMillis = compilingMillis < 0 || run.compilingMillis() < 0 ? -1 : compilingMillis + run.compilingMillis();
            }
            Folders.deleteQuietly(measured);
        }
        System.out.printf("%s accounts=%d nanos=%d records=%d peak=%d warmUpNanos=%d syncs=%d syncNanos=%d compilingMillis=%d%n",
                PREFIX, accounts, median(nanos), records, peak, warmUpNanos, syncs,
                Arrays.stream(nanos).sum(), compilingMillis);
        System.exit(0);
    }

    private static long median(long[] nanos) {
        List<Double> values = Arrays.stream(nanos).mapToObj(value -> (double) value).toList();
        return Math.round(Repeats.median(values));
    }
}
