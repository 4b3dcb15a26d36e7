package dev.passerelle.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Section 2: the first sync at each size in a child JVM with {@value MemoryRun#MAX_HEAP}, each after a
 * warm-up first sync in the same JVM when one is asked, made as many times as the plan's volume asks
 * ({@link BenchPlan#memorySyncs}); a run that does not complete is a miss, not an abort. The time per
 * account (the median of the size's syncs) at the largest size that completed must be at most 1.2
 * times that at the smallest: a sync whose cost grows linearly with N keeps it flat, and one that
 * gets cheaper per account with size (fixed costs spread) is no memory miss.
 */
final class MemoryBench {

    private static final String SECTION = "2. Memory";

    private MemoryBench() {
    }

    static List<Figure> measure(BenchPlan plan, Path folder) {
        List<Integer> sizes = plan.memorySizes();
        int warmUp = plan.memoryWarmUp();
        List<Figure> figures = new ArrayList<>();
        if (sizes.isEmpty()) {
            return figures;
        }
        figures.add(Figure.info(SECTION, "accounts of the warm-up first sync each run makes before the measured ones,"
                + " in the same JVM", warmUp, "accounts"));
        List<MemoryRun> runs = new ArrayList<>();
        for (int size : sizes) {
            String label = String.format("N = %,d", size);
            try {
                MemoryRun run = MemoryRun.run(size, warmUp, plan.memorySyncs(size), folder.resolve("memory-" + size));
                runs.add(run);
                figures.add(Figure.completes(SECTION, label + ": completes with " + MemoryRun.MAX_HEAP, true));
                figures.add(Figure.info(SECTION, label + ": peak heap", run.peakBytes() / (1024.0 * 1024.0), "MiB"));
                figures.add(Figure.info(SECTION, label + ": measured first syncs, each from a fresh demo ERP into an empty store",
                        run.syncs(), "syncs"));
                figures.add(Figure.info(SECTION, label + ": time per account (median of the syncs)", run.microsPerAccount(), "µs"));
                figures.add(Figure.info(SECTION, label + ": warm-up first sync, wall time", run.warmUpNanos() / 1e9, "s"));
                figures.add(Figure.info(SECTION, label + ": JIT compiler's time during the syncs, share of their wall time",
                        run.compilingPercent(), "%"));
            } catch (MemoryRun.WarmUpFailure failure) {
                System.err.println("bench: " + failure.getMessage());
                figures.add(Figure.completes(SECTION, String.format("%s: warm-up first sync of %,d accounts completes with %s",
                        label, warmUp, MemoryRun.MAX_HEAP), false));
            } catch (BenchFailure failure) {
                System.err.println("bench: " + failure.getMessage());
                figures.add(Figure.completes(SECTION, label + ": completes with " + MemoryRun.MAX_HEAP, false));
            }
        }
        if (runs.size() >= 2) {
            MemoryRun smallest = runs.get(0);
            MemoryRun largest = runs.get(runs.size() - 1);
            figures.add(Figure.atMost(SECTION, String.format("time per account, N = %,d / N = %,d",
                            largest.accounts(), smallest.accounts()),
                    largest.microsPerAccount() / smallest.microsPerAccount(), "x", 1.2));
        }
        return figures;
    }
}
