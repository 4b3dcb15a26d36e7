package dev.passerelle.launcher.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first sync of N accounts in a child JVM limited to {@value #MAX_HEAP}, on this JVM's class path;
 * the child reports its own peak heap and sync time.
 *
 * @param accounts  accounts in the demo ERP
 * @param nanos     wall time of the child's first sync
 * @param peakBytes peak heap of the child during the sync
 */
record MemoryRun(int accounts, long nanos, long peakBytes) {

    static final String MAX_HEAP = "-Xmx256m";
    private static final Duration TIME_LIMIT = Duration.ofMinutes(30);

    static MemoryRun run(int accounts, Path folder) {
        List<String> lines;
        int exit;
        try {
            Files.createDirectories(folder);
            Path output = folder.resolve("child-output.txt");
            List<String> options = new ArrayList<>(List.of(MAX_HEAP));
            options.addAll(JvmTuning.options());
            ProcessBuilder builder = new ProcessBuilder(ChildJvm.command(options, MemoryChild.class,
                    List.of(Integer.toString(accounts), folder.toString())))
                    .redirectErrorStream(true).redirectOutput(output.toFile());
            exit = ChildJvm.run(builder, TIME_LIMIT, "the memory run of " + accounts + " accounts");
            // The figures' line is ASCII; Latin-1 reads the rest of the output, whatever its encoding, without failing.
            lines = Files.readAllLines(output, StandardCharsets.ISO_8859_1);
        } catch (IOException failure) {
            throw new BenchFailure("could not run the memory child JVM: " + failure.getMessage());
        }
        return lines.stream().filter(line -> line.startsWith(MemoryChild.PREFIX)).findFirst()
                .map(line -> parse(accounts, line))
                .orElseThrow(() -> new BenchFailure("the memory run of " + accounts + " accounts with " + MAX_HEAP
                        + " exited " + exit + " without figures; last lines: "
                        + lines.subList(Math.max(0, lines.size() - 5), lines.size())));
    }

    double microsPerAccount() {
        return nanos / 1e3 / accounts;
    }

    private static MemoryRun parse(int accounts, String line) {
        Map<String, Long> values = new HashMap<>();
        for (String pair : line.substring(MemoryChild.PREFIX.length()).trim().split(" ")) {
            String[] parts = pair.split("=", 2);
            values.put(parts[0], Long.parseLong(parts[1]));
        }
        return new MemoryRun(accounts, values.get("nanos"), values.get("peak"));
    }
}
