package dev.passerelle.bench.chaos;

import dev.passerelle.launcher.Main;
import dev.passerelle.bench.jvm.JavaCommand;
import dev.passerelle.bench.jvm.JvmTuning;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One product command ({@code erp-server ...}, {@code crm-sync run ...}) in a child JVM started as
 * {@code ./passerelle} starts it, with one difference: the client compiler only. A trial's children
 * live for seconds, and on a small shared machine the optimising compiler's threads took the cores
 * from the work, and a child ran about twice as long with it (BENCHMARKS.md, decisions in force:
 * "client compiler in chaos children"). That changes how fast a child runs, not what it commits. Its standard output and error are appended to
 * a log file. Killing or stopping it always waits for its end, so that the process is gone (not a
 * zombie still counted as running) before anyone looks at it. Not thread-safe: one trial drives it.
 */
final class Child implements AutoCloseable {

    /** SIGKILL as the exit code Java reports for it (128 + 9). */
    static final int KILLED = 137;
    private static final Duration REAPING = Duration.ofMinutes(1);

    private final String name;
    private final Process process;
    private final Path log;
    private final long startedNanos;
    private boolean endNoted;

    private Child(String name, Process process, Path log, long startedNanos) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.startedNanos = startedNanos;
    }

    /** Starts {@code passerelle <arguments>}; {@code name} says what it is in failures. */
    static Child start(String name, List<String> arguments, Path log) {
        List<String> options = new ArrayList<>(JvmTuning.options());
        options.add("-XX:TieredStopAtLevel=1");
        // The system properties ./passerelle sets, and its logging (readable lines on standard error).
        options.add("-Dorg.apache.cxf.Logger=org.apache.cxf.common.logging.Slf4jLogger");
        options.add("-Dorg.apache.cxf.transport.http.forceURLConnection=true");
        options.add("-Dlogback.configurationFile=logback.xml");
        ProcessBuilder builder = new ProcessBuilder(JavaCommand.of(options, Main.class, arguments))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        try {
            appendLine(log, "---- " + LocalTime.now() + " " + name + ": passerelle " + String.join(" ", arguments));
            long started = System.nanoTime();
            return new Child(name, builder.start(), log, started);
        } catch (IOException failure) {
            throw new ChaosFailure("could not start " + name + ": " + failure.getMessage(), failure);
        }
    }

    String name() {
        return name;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Time since the child was started. */
    Duration age() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /** Waits up to {@code limit} for the child's end; its exit code, or empty when it still runs. */
    Optional<Integer> waitFor(Duration limit) {
        try {
            return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS) ? Optional.of(ended("exited"))
                    : Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            kill();
            throw new ChaosFailure("interrupted while waiting for " + name);
        }
    }

    /** SIGKILL, then waits for the end; answers the exit code ({@value #KILLED} when the kill ended it). */
    int kill() {
        boolean alive = process.isAlive();
        process.destroyForcibly();
        reaped();
        return ended(alive ? "killed with SIGKILL by the suite: exit" : "exited");
    }

    /** SIGTERM, then up to {@code grace} for the child to end by itself, then SIGKILL; answers the exit code. */
    int stop(Duration grace) {
        if (process.isAlive()) {
            process.destroy();
            note("SIGTERM sent by the suite");
        }
        return waitFor(grace).orElseGet(this::kill);
    }

    /** The last lines of the log, for a failure's message. */
    List<String> logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
            return all.subList(Math.max(0, all.size() - lines), all.size());
        } catch (IOException unreadable) {
            return List.of("(log unreadable: " + unreadable.getMessage() + ")");
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    /** Notes the end in the log, once, with the exit code and the child's age; answers the exit code. */
    private int ended(String how) {
        int exit = process.exitValue();
        if (!endNoted) {
            endNoted = true;
            note(String.format(Locale.ROOT, "%s %d after %.2f s", how, exit, age().toMillis() / 1e3));
        }
        return exit;
    }

    private void note(String line) {
        try {
            appendLine(log, "---- " + LocalTime.now() + " " + line);
        } catch (IOException ignored) {
            // the log is for reading after the trial; a line missing from it changes no verdict
        }
    }

    private void reaped() {
        try {
            if (!process.waitFor(REAPING.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ChaosFailure(name + " (process " + process.pid() + ") did not end within "
                        + REAPING.toSeconds() + " s of SIGKILL");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ChaosFailure("interrupted while waiting for " + name + " to end");
        }
    }

    static void appendLine(Path log, String line) throws IOException {
        Files.writeString(log, line + System.lineSeparator(), StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }
}
