package dev.passerelle.bench;

import dev.passerelle.bench.jvm.JavaCommand;
import dev.passerelle.bench.jvm.JvmTuning;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The first syncs of N accounts in a child JVM limited to {@value #MAX_HEAP}, on this JVM's class path,
 * after the first sync of a warm-up demo ERP in the same JVM when one is asked ({@link MemoryChild});
 * the child reports its own peak heap and sync times.
 *
 * @param accounts        accounts in the demo ERP
 * @param nanos           wall time of the child's measured first syncs: their median
 * @param peakBytes       the highest peak heap of the child during a measured sync
 * @param warmUpNanos     wall time of the warm-up's first sync; 0 without a warm-up
 * @param syncs           measured first syncs, each of a fresh demo ERP into an empty store
 * @param syncNanos       wall time of the measured syncs added up
 * @param compilingMillis time the JIT compiler spent compiling during the measured syncs; -1 when unknown
 */
record MemoryRun(int accounts, long nanos, long peakBytes, long warmUpNanos, int syncs, long syncNanos,
        long compilingMillis) {

    static final String MAX_HEAP = "-Xmx256m";
    private static final Duration TIME_LIMIT = Duration.ofMinutes(30);

    static MemoryRun run(int accounts, int warmUp, int syncs, Path folder) {
        List<String> lines;
        int exit;
        try {
            Files.createDirectories(folder);
            Path output = folder.resolve("child-output.txt");
            List<String> options = new ArrayList<>(List.of(MAX_HEAP));
            options.addAll(JvmTuning.options());
            ProcessBuilder builder = new ProcessBuilder(JavaCommand.of(options, MemoryChild.class,
                    List.of(Integer.toString(accounts), folder.toString(), Integer.toString(warmUp), Integer.toString(syncs))))
                    .redirectErrorStream(true).redirectOutput(output.toFile());
            // The limit grows with the work: a millisecond an account synced, beyond the fixed part.
            Duration limit = TIME_LIMIT.plusMillis((long) syncs * accounts + warmUp);
            exit = ChildJvm.run(builder, limit, "the memory run of " + accounts + " accounts");
            // The figures' line is ASCII; Latin-1 reads the rest of the output, whatever its encoding, without failing.
            lines = Files.readAllLines(output, StandardCharsets.ISO_8859_1);
        } catch (IOException failure) {
            throw new BenchFailure("could not run the memory child JVM: " + failure.getMessage());
        }
        return ofOutput(accounts, warmUp, exit, lines);
    }

    /** The figures of a child's output ({@link MemoryChild}), or why it has none. */
    static MemoryRun ofOutput(int accounts, int warmUp, int exit, List<String> lines) {
        after(lines, MemoryChild.WARM_UP_FAILED).ifPresent(failure -> {
            throw new WarmUpFailure("the warm-up first sync of " + warmUp + " accounts before the memory run of " + accounts
                    + " accounts with " + MAX_HEAP + " failed: " + failure);
        });
        after(lines, MemoryChild.SYNC_FAILED).ifPresent(failure -> {
            throw new BenchFailure("a measured first sync of " + accounts + " accounts with " + MAX_HEAP + " failed (sync "
                    + failure + ")");
        });
        return after(lines, MemoryChild.PREFIX).map(figures -> parse(accounts, figures))
                .orElseThrow(() -> new BenchFailure("the memory run of " + accounts + " accounts with " + MAX_HEAP
                        + " exited " + exit + " without figures; last lines: "
                        + lines.subList(Math.max(0, lines.size() - 5), lines.size())));
    }

    double microsPerAccount() {
        return nanos / 1e3 / accounts;
    }

    /**
     * The JIT compiler's compiling time during the measured syncs (elapsed, not CPU), all its threads
     * together, as a share of the syncs' wall time, in percent (so it can exceed 100 with several
     * compiler threads); -1 when unknown.
     */
    double compilingPercent() {
        return compilingMillis < 0 ? -1 : compilingMillis * 1e8 / syncNanos;
    }

    /** What follows {@code marker} on the first line it starts, as a word of its own. */
    private static Optional<String> after(List<String> lines, String marker) {
        return lines.stream().filter(line -> line.startsWith(marker + " ")).findFirst()
                .map(line -> line.substring(marker.length() + 1));
    }

    private static MemoryRun parse(int accounts, String figures) {
        Map<String, Long> values = new HashMap<>();
        try {
            for (String pair : figures.trim().split(" ")) {
                String[] parts = pair.split("=", 2);
                values.put(parts[0], Long.parseLong(parts[1]));
            }
        } catch (RuntimeException damaged) {
            throw new BenchFailure("the memory run's figures are damaged: " + figures);
        }
        List<String> keys = List.of("nanos", "peak", "warmUpNanos", "syncs", "syncNanos", "compilingMillis");
        if (!values.keySet().containsAll(keys)) {
            throw new BenchFailure("the memory run's figures lack some of " + keys + ": " + figures);
        }
        return new MemoryRun(accounts, values.get("nanos"), values.get("peak"), values.get("warmUpNanos"),
                Math.toIntExact(values.get("syncs")), values.get("syncNanos"), values.get("compilingMillis"));
    }

    /** The warm-up first sync of a memory run failed, so its measured syncs were not made. */
    static final class WarmUpFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        WarmUpFailure(String message) {
            super(message);
        }
    }
}
