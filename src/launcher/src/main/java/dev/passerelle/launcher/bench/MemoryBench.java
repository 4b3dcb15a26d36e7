package dev.passerelle.launcher.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Section 2: the first sync at each size in a child JVM with {@value MemoryRun#MAX_HEAP}; a run that
 * does not complete is a miss, not an abort. The time per account must stay within 20% from the
 * smallest to the largest size that completed.
 */
final class MemoryBench {

    private static final String SECTION = "2. Memory";

    private MemoryBench() {
    }

    static List<Figure> measure(List<Integer> sizes, Path folder) {
        List<Figure> figures = new ArrayList<>();
        List<MemoryRun> runs = new ArrayList<>();
        for (int size : sizes) {
            String label = String.format("N = %,d", size);
            try {
                MemoryRun run = MemoryRun.run(size, folder.resolve("memory-" + size));
                runs.add(run);
                figures.add(Figure.completes(SECTION, label + ": completes with " + MemoryRun.MAX_HEAP, true));
                figures.add(Figure.info(SECTION, label + ": peak heap", run.peakBytes() / (1024.0 * 1024.0), "MiB"));
                figures.add(Figure.info(SECTION, label + ": time per account", run.microsPerAccount(), "µs"));
            } catch (BenchFailure failure) {
                System.err.println("bench: " + failure.getMessage());
                figures.add(Figure.completes(SECTION, label + ": completes with " + MemoryRun.MAX_HEAP, false));
            }
        }
        if (runs.size() >= 2) {
            MemoryRun smallest = runs.get(0);
            MemoryRun largest = runs.get(runs.size() - 1);
            double change = (largest.microsPerAccount() / smallest.microsPerAccount() - 1) * 100;
            figures.add(Figure.atMost(SECTION, String.format("time per account, change from N = %,d to N = %,d",
                    smallest.accounts(), largest.accounts()), change, "%", 20));
        }
        return figures;
    }
}
