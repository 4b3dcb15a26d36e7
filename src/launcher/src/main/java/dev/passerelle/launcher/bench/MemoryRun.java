package dev.passerelle.launcher.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

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
    private static final long TIME_LIMIT_MINUTES = 30;

    static MemoryRun run(int accounts, Path folder) {
        try {
            Files.createDirectories(folder);
            Path output = folder.resolve("child-output.txt");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java, MAX_HEAP));
            command.addAll(JvmTuning.options());
            command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                    MemoryChild.class.getName(), Integer.toString(accounts), folder.toString()));
            Process child = new ProcessBuilder(command)
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!child.waitFor(TIME_LIMIT_MINUTES, TimeUnit.MINUTES)) {
                child.destroyForcibly();
                throw new BenchFailure("the memory run of " + accounts + " accounts took over " + TIME_LIMIT_MINUTES + " min");
            }
            List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
            return lines.stream().filter(line -> line.startsWith(MemoryChild.PREFIX)).findFirst()
                    .map(line -> parse(accounts, line))
                    .orElseThrow(() -> new BenchFailure("the memory run of " + accounts + " accounts with " + MAX_HEAP
                            + " exited " + child.exitValue() + " without figures; last lines: "
                            + lines.subList(Math.max(0, lines.size() - 5), lines.size())));
        } catch (IOException failure) {
            throw new BenchFailure("could not run the memory child JVM: " + failure.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted during the memory run of " + accounts + " accounts");
        }
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
