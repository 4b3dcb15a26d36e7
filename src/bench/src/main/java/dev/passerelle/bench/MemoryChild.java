package dev.passerelle.bench;

import dev.passerelle.bench.jvm.Folders;
import dev.passerelle.bench.jvm.Quiet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The program a {@link MemoryRun} starts in a child JVM: first, when asked, the first sync of a
 * warm-up demo ERP, whose databases are then deleted; then, as many times as asked, builds a demo ERP
 * of N accounts (not timed), resets the heap peaks and runs the measured first sync into an empty CRM
 * store, each time on databases of its own, deleted after it. Prints one {@value #PREFIX} line with the
 * figures ({@link #figuresLine}). A warm-up that fails (out of memory included) prints one
 * {@value #WARM_UP_FAILED} line instead, so that the failure is not taken for the measured syncs', and
 * a measured sync that fails one {@value #SYNC_FAILED} line with its number; either way the JVM exits at
 * once (the endpoint's threads would keep it alive). Arguments: the number of accounts, a folder for
 * the databases, the accounts of the warm-up (0 for none) and the number of measured syncs.
 *
 * <p>The warm-up and the repeats leave the JIT compiler's warm-up out of the time per account: the
 * JVM compiles the sync's code during the first syncs it makes, a cost that does not grow with N, so
 * without them the time per account at N = 10,000 was twice that at N = 100,000 (273 against 152 µs),
 * and after a warm-up alone it moved by a quarter between two runs (180 and 143 µs), the compiler being
 * at work through most of a 1.5-second sync.
 */
final class MemoryChild {

    static final String PREFIX = "BENCH-MEMORY";
    static final String WARM_UP_FAILED = "BENCH-MEMORY-WARM-UP-FAILED";
    static final String SYNC_FAILED = "BENCH-MEMORY-SYNC-FAILED";

    private MemoryChild() {
    }

    public static void main(String[] args) {
        Quiet.components();
        int accounts = Integer.parseInt(args[0]);
        Path folder = Path.of(args[1]);
        int warmUp = Integer.parseInt(args[2]);
        int syncs = Integer.parseInt(args[3]);
        long warmUpNanos = warmUp > 0 ? syncOrExit(folder.resolve("warm-up"), warmUp, WARM_UP_FAILED).nanos() : 0;
        List<FirstSync> measured = new ArrayList<>();
        for (int sync = 1; sync <= syncs; sync++) {
            measured.add(syncOrExit(folder.resolve("measured-" + sync), accounts, SYNC_FAILED + " " + sync));
        }
        System.out.println(figuresLine(accounts, warmUpNanos, measured));
        System.exit(0);
    }

    /**
     * The first sync of a fresh demo ERP of {@code accounts} in {@code syncFolder}, deleted after it; on
     * a failure (out of memory included), prints {@code failureLine} and the failure and exits.
     */
    private static FirstSync syncOrExit(Path syncFolder, int accounts, String failureLine) {
        FirstSync sync = null;
        try (Workbench bench = Workbench.open(syncFolder, accounts)) {
            sync = FirstSync.run(bench.engine());
        } catch (RuntimeException | OutOfMemoryError failure) {
            System.out.println(failureLine + " " + failure);
            System.exit(1);
        }
        Folders.deleteQuietly(syncFolder);
        return sync;
    }

    /**
     * The {@value #PREFIX} line of the measured syncs: the median of their times, the highest of their
     * heap peaks, how many they were, their times added up and the compiler's time during them added up
     * (-1 when unknown for any of them).
     */
    static String figuresLine(int accounts, long warmUpNanos, List<FirstSync> syncs) {
        long peak = syncs.stream().mapToLong(FirstSync::peakBytes).max().orElseThrow();
        long total = syncs.stream().mapToLong(FirstSync::nanos).sum();
        boolean compilingKnown = syncs.stream().allMatch(sync -> sync.compilingMillis() >= 0);
        long compiling = compilingKnown ? syncs.stream().mapToLong(FirstSync::compilingMillis).sum() : -1;
        long median = Math.round(Repeats.median(syncs.stream().map(sync -> (double) sync.nanos()).toList()));
        return String.format(Locale.ROOT, "%s accounts=%d nanos=%d records=%d peak=%d warmUpNanos=%d syncs=%d syncNanos=%d"
                + " compilingMillis=%d", PREFIX, accounts, median, syncs.get(syncs.size() - 1).records(), peak, warmUpNanos,
                syncs.size(), total, compiling);
    }
}
