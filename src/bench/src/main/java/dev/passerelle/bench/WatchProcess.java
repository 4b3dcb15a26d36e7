package dev.passerelle.bench;

import dev.passerelle.bench.jvm.JavaCommand;
import dev.passerelle.bench.jvm.JvmTuning;
import dev.passerelle.launcher.Main;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code crm-sync watch} in a child JVM, started as {@code ./passerelle} starts it (this JVM's
 * collector and inlining limits, the launcher's system properties), on a configuration file that sets
 * its CRM store, the endpoint and the interval, every other key at its default. The child opens the
 * store first, so it holds the H2 file and serves it to this JVM (AUTO_SERVER): the watcher's own runs
 * read and write it in its process, as in production. Its output, one line a turn, goes to a log file
 * this class reads. Not thread-safe.
 */
final class WatchProcess implements AutoCloseable {

    /** The line {@code crm-sync watch} prints for a turn that ran, with its duration in milliseconds. */
    private static final Pattern TURN = Pattern.compile(": run \\d+ DELTA: (\\w+) in (\\d+) ms \\(in (\\d+), out (\\d+)\\)");
    /** The line it prints for a turn that found nothing to exchange and recorded no run. */
    private static final Pattern UP_TO_DATE = Pattern.compile(": up to date in (\\d+) ms");
    private static final Duration POLL = Duration.ofMillis(50);
    private static final Duration STOP_GRACE = Duration.ofMinutes(1);

    /**
     * One turn the watcher reported.
     *
     * @param status   the run's status (SUCCESS, WARNINGS, ...), UP_TO_DATE for a turn that found nothing to exchange
     * @param millis   the turn's duration
     * @param received records ERP -> CRM
     * @param sent     records CRM -> ERP
     */
    record Turn(String status, long millis, long received, long sent) {
    }

    private final Process process;
    private final Path log;

    private WatchProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts the watcher of the workbench's integration with the endpoint {@code erpUrl}, over the store {@code crmUrl}. */
    static WatchProcess start(Path folder, String crmUrl, String erpUrl, String user, String password, Duration interval) {
        Path config = folder.resolve("crm-sync.properties");
        Properties properties = new Properties();
        properties.setProperty("crm.db.url", crmUrl);
        String prefix = "integration." + Workbench.INTEGRATION + ".";
        properties.setProperty(prefix + "erp.url", erpUrl);
        properties.setProperty(prefix + "erp.user", user);
        properties.setProperty(prefix + "erp.password", password);
        properties.setProperty(prefix + "interval", interval.toMillis() + "ms");
        try (Writer writer = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
            properties.store(writer, "crm-sync configuration of the benchmark's watch section");
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot write " + config, failure);
        }
        List<String> options = new ArrayList<>(JvmTuning.options());
        options.add("-Dorg.apache.cxf.Logger=org.apache.cxf.common.logging.Slf4jLogger");
        options.add("-Dorg.apache.cxf.transport.http.forceURLConnection=true");
        options.add("-Dlogback.configurationFile=logback.xml");
        Path log = folder.resolve("watch.log");
        ProcessBuilder builder = new ProcessBuilder(JavaCommand.of(options, Main.class,
                List.of("crm-sync", "watch", "--config", config.toString())))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        try {
            return new WatchProcess(builder.start(), log);
        } catch (IOException failure) {
            throw new BenchFailure("could not start crm-sync watch: " + failure.getMessage());
        }
    }

    /** Waits until the watcher has reported {@code count} turns in all; fails when it ends or overruns {@code limit}. */
    List<Turn> awaitTurns(int count, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            List<Turn> turns = turns();
            if (turns.size() >= count) {
                return turns;
            }
            if (!process.isAlive()) {
                throw new BenchFailure("crm-sync watch exited " + process.exitValue() + " after " + turns.size()
                        + " turns; last lines: " + tail(8));
            }
            if (System.nanoTime() > deadline) {
                throw new BenchFailure("crm-sync watch made " + turns.size() + " turns in " + limit.toSeconds()
                        + " s, " + count + " awaited; last lines: " + tail(8));
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new BenchFailure("interrupted while waiting for crm-sync watch");
            }
        }
    }

    /** Every turn the watcher has reported so far, in order. */
    List<Turn> turns() {
        List<Turn> turns = new ArrayList<>();
        for (String line : lines()) {
            Matcher turn = TURN.matcher(line);
            Matcher upToDate = UP_TO_DATE.matcher(line);
            if (turn.find()) {
                turns.add(new Turn(turn.group(1), Long.parseLong(turn.group(2)), Long.parseLong(turn.group(3)),
                        Long.parseLong(turn.group(4))));
            } else if (upToDate.find()) {
                turns.add(new Turn("UP_TO_DATE", Long.parseLong(upToDate.group(1)), 0, 0));
            }
        }
        return turns;
    }

    /** CPU time the child has used so far (all its threads); -1 when the system does not say. */
    long cpuNanos() {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }

    /**
     * CPU time the child's JIT compiler threads have used so far, from Linux's {@code /proc} (clock ticks
     * of 10 ms); -1 where it cannot be read.
     */
    long compilerCpuNanos() {
        Path tasks = Path.of("/proc", Long.toString(process.pid()), "task");
        long ticks = 0;
        try (var threads = Files.list(tasks)) {
            for (Path thread : (Iterable<Path>) threads::iterator) {
                String stat;
                try {
                    stat = Files.readString(thread.resolve("stat"), StandardCharsets.ISO_8859_1);
                } catch (IOException ended) {
                    continue; // the thread ended meanwhile
                }
                int open = stat.indexOf('(');
                int close = stat.lastIndexOf(')');
                if (open < 0 || close < open || !stat.substring(open + 1, close).matches("C[12] CompilerThre.*")) {
                    continue;
                }
                String[] fields = stat.substring(close + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime and stime
            }
        } catch (IOException | RuntimeException unreadable) {
            return -1;
        }
        return ticks * 10_000_000L;
    }

    @Override
    public void close() {
        // SIGTERM: the watcher stops between turns and closes its store; SIGKILL after a minute.
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private List<String> tail(int count) {
        List<String> lines = lines();
        return lines.subList(Math.max(0, lines.size() - count), lines.size());
    }

    private List<String> lines() {
        try {
            return Files.readAllLines(log, StandardCharsets.ISO_8859_1);
        } catch (IOException unreadable) {
            return List.of();
        }
    }
}
