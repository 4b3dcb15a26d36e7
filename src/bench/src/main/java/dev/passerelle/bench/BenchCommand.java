package dev.passerelle.bench;

import dev.passerelle.bench.jvm.Folders;
import dev.passerelle.bench.jvm.JvmTuning;
import dev.passerelle.bench.jvm.Quiet;
import dev.passerelle.launcher.Tool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code passerelle bench}: measures, in one run on embedded databases over loopback, the first sync
 * against a direct JDBC copy, the first sync's memory in child JVMs, delta and idle runs,
 * ApplyChanges and RTDV latency, and the delays and idle CPU of {@code crm-sync watch} at a 1-second
 * interval, each next to its target (BENCHMARKS.md). Writes {@code bench.md} and
 * {@code bench.json} into {@code --out} and prints the table. With {@code --repeat K} the in-process
 * measurements run K times, each in a child JVM, the watch section K times over fresh databases, and
 * each figure is their median. Exit code 0 when every measurement was
 * produced (targets missed included), 1 when a measured run failed, 2 on bad options.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = ConsoleBenchCommand.class,
        description = "Measures first sync, memory, delta, ApplyChanges, RTDV and watch against their targets.")
public final class BenchCommand implements Callable<Integer>, Tool {

    private static final int DEFAULT_WATCH_ACCOUNTS = 100_000;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--accounts", defaultValue = "100000", description = "Accounts in the demo ERP (default ${DEFAULT-VALUE}).")
    int accounts;

    @Option(names = "--memory-sizes", split = ",", defaultValue = "10000,100000,300000",
            description = "Sizes of the child-JVM memory runs (default ${DEFAULT-VALUE}).")
    List<Integer> memorySizes;

    @Option(names = "--memory-warm-up", defaultValue = "20000",
            description = "Accounts of a first sync each memory run makes before the measured ones, in the same JVM, so that"
                    + " the times per account leave out the JIT compiler's warm-up; 0 for none (default ${DEFAULT-VALUE}).")
    int memoryWarmUp;

    @Option(names = "--memory-volume", defaultValue = "100000",
            description = "Accounts the measured first syncs of each memory size add up to at least: a smaller size is synced"
                    + " several times (at most 10), each from a fresh demo ERP into an empty store, and its time per account"
                    + " is the median (default ${DEFAULT-VALUE}).")
    int memoryVolume;

    @Option(names = "--skip-memory", description = "Leave out the child-JVM memory runs.")
    boolean skipMemory;

    @Option(names = "--skip-rtdv", description = "Leave out the RTDV measurements.")
    boolean skipRtdv;

    @Option(names = "--rtdv-only", description = "Measure RTDV alone on a demo ERP of --accounts, never synced: no other"
            + " section; also writes the plans of its list statements (H2 EXPLAIN) to rtdv-plans.txt in --out.")
    boolean rtdvOnly;

    @Option(names = "--erp-data", paramLabel = "DIR", description = "With --rtdv-only: keep the demo ERP in this folder,"
            + " and use the one already there (of --accounts accounts) instead of generating it again (default: a"
            + " temporary folder, deleted at the end).")
    Path erpData;

    @Option(names = "--sync-heap", paramLabel = "SIZE",
            description = "Run the first sync, delta, ApplyChanges and RTDV measurements in a child JVM with this maximum heap"
                    + " (-Xmx, such as 256m), even once (default: the runs of --repeat 1 in this JVM, of more in child JVMs"
                    + " with this JVM's heap).")
    String syncHeap;

    @Option(names = "--skip-watch", description = "Leave out the watch section (crm-sync watch at a 1-second interval).")
    boolean skipWatch;

    @Option(names = "--watch-interval", paramLabel = "SECONDS", defaultValue = "1",
            description = "The interval of crm-sync watch in the watch section, at least 1 (default ${DEFAULT-VALUE}); longer,"
                    + " its turns come when the ERP's held wait or the look at the CRM's outbox wakes it.")
    int watchIntervalSeconds;

    @Option(names = "--watch-directions", paramLabel = "WHICH", defaultValue = "both",
            description = "Where the watch section's writer makes changes: both (default), erp-to-crm (in the ERP alone)"
                    + " or crm-to-erp (in the CRM alone).")
    String watchDirections;

    @Option(names = "--watch-accounts", paramLabel = "N",
            description = "Accounts of the demo ERP the watch section syncs once before the watcher starts, at least "
                    + 2 * WatchPlan.BURST + " (default: --accounts, at most " + DEFAULT_WATCH_ACCOUNTS + ").")
    Integer watchAccounts;

    @Option(names = "--watch-duration", paramLabel = "SECONDS", defaultValue = "60",
            description = "Seconds the watch section commits changes on both sides: the first half single changes, the"
                    + " second half bursts (default ${DEFAULT-VALUE}).")
    int watchSeconds;

    @Option(names = "--watch-idle", paramLabel = "SECONDS", defaultValue = "30",
            description = "Seconds of each of the two measurements of the CPU the idle watcher uses: the first right"
                    + " after the changes, the second after --watch-settle (default ${DEFAULT-VALUE}).")
    int watchIdleSeconds;

    @Option(names = "--watch-settle", paramLabel = "SECONDS", defaultValue = "240",
            description = "Seconds with nothing to change between the two idle measurements, while the JIT compiler"
                    + " finishes with the idle turns' code; the target is held to the second (default ${DEFAULT-VALUE}).")
    int watchSettleSeconds;

    @Option(names = "--callers", split = ",", defaultValue = "1,16", description = "Concurrent RTDV callers (default ${DEFAULT-VALUE}).")
    List<Integer> callers;

    @Option(names = "--delta-accounts", defaultValue = "1000", description = "ERP accounts changed for the delta run (default ${DEFAULT-VALUE}).")
    int deltaAccounts;

    @Option(names = "--changes", defaultValue = "10000", description = "CRM-side changes sent by ApplyChanges (default ${DEFAULT-VALUE}).")
    int changes;

    @Option(names = "--idle-runs", defaultValue = "7", description = "Idle runs whose median is reported (default ${DEFAULT-VALUE}).")
    int idleRuns;

    @Option(names = "--idle-warm-up", defaultValue = "200",
            description = "Idle runs made between the two idle measurements, as a running scheduler would (default ${DEFAULT-VALUE}).")
    int idleWarmUpRuns;

    @Option(names = "--calls", defaultValue = "2000", description = "RTDV calls per caller and measurement (default ${DEFAULT-VALUE}).")
    int callsPerCaller;

    @Option(names = "--repeat", defaultValue = "1",
            description = "Runs of the first sync, delta, ApplyChanges, RTDV and watch measurements, at most 20, each in"
                    + " a JVM of its own; the report gives each figure's median and every run's value (default"
                    + " ${DEFAULT-VALUE}: one run, the sync measurements in this JVM).")
    int repeat;

    @Option(names = "--out", defaultValue = "bench-results", description = "Folder for bench.md and bench.json (default ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws IOException {
        BenchPlan plan;
        WatchPlan watchPlan;
        try {
            watchPlan = skipWatch || rtdvOnly ? null : new WatchPlan(watchAccounts != null ? watchAccounts
                    : Math.min(accounts, DEFAULT_WATCH_ACCOUNTS), Duration.ofSeconds(watchIntervalSeconds),
                    directions(watchDirections), Duration.ofSeconds(watchSeconds), Duration.ofSeconds(watchIdleSeconds),
                    Duration.ofSeconds(watchSettleSeconds));
            // --rtdv-only: the sync sections' sizes do not apply, whatever their defaults
            plan = new BenchPlan(accounts, skipMemory || rtdvOnly ? List.of() : memorySizes, memoryWarmUp, memoryVolume,
                    skipRtdv ? List.of() : callers, rtdvOnly ? Math.min(deltaAccounts, accounts) : deltaAccounts,
                    rtdvOnly ? Math.min(changes, accounts) : changes, idleRuns, idleWarmUpRuns, callsPerCaller, repeat);
            if (syncHeap != null && !syncHeap.matches("[1-9][0-9]*[kKmMgG]?")) {
                throw new IllegalArgumentException("--sync-heap must be a heap size such as 256m, was '" + syncHeap + "'");
            }
            if (rtdvOnly && (skipRtdv || repeat != 1 || syncHeap != null)) {
                throw new IllegalArgumentException("--rtdv-only runs once in this JVM: it takes no --skip-rtdv, --repeat"
                        + " or --sync-heap");
            }
            if (erpData != null && !rtdvOnly) {
                throw new IllegalArgumentException("--erp-data goes with --rtdv-only");
            }
        } catch (IllegalArgumentException invalid) {
            throw new CommandLine.ParameterException(spec.commandLine(), invalid.getMessage());
        }
        Quiet.components();
        Machine machine = Machine.current();
        Path folder = Files.createTempDirectory("passerelle-bench-");
        try {
            if (rtdvOnly) {
                return rtdvOnly(plan, machine, folder);
            }
            List<Figure> figures = new ArrayList<>(plan.repeat() == 1 && syncHeap == null ? new SyncBench(plan).measure(folder)
                    : new RepeatedBench(plan, syncHeap == null ? JvmTuning.heap() : List.of("-Xmx" + syncHeap)).measure(folder));
            figures.addAll(MemoryBench.measure(plan, folder));
            if (watchPlan != null) {
                figures.addAll(watch(watchPlan, plan.repeat(), folder));
            }
            BenchReport report = new BenchReport(machine, plan.accounts(), plan.repeat(), figures,
                    Machine.current().loadAverage());
            write(report);
            return 0;
        } catch (BenchFailure failure) {
            System.err.println("bench FAILED: " + failure.getMessage());
            return 1;
        } finally {
            Folders.deleteQuietly(folder);
        }
    }

    /** The directions --watch-directions names. */
    static Set<LatencyProbe.Direction> directions(String which) {
        return switch (which) {
            case "both" -> WatchPlan.BOTH;
            case "erp-to-crm" -> Set.of(LatencyProbe.Direction.ERP_TO_CRM);
            case "crm-to-erp" -> Set.of(LatencyProbe.Direction.CRM_TO_ERP);
            default -> throw new IllegalArgumentException(
                    "--watch-directions must be both, erp-to-crm or crm-to-erp, not " + which);
        };
    }

    /** Section 6 made {@code repeat} times, each over a demo ERP and a CRM store of its own, deleted after it. */
    private static List<Figure> watch(WatchPlan watchPlan, int repeat, Path folder) {
        List<List<Figure>> runs = new ArrayList<>();
        for (int run = 1; run <= repeat; run++) {
            Path runFolder = folder.resolve("watch-" + run);
            try {
                runs.add(new WatchBench(watchPlan).measure(runFolder));
            } finally {
                Folders.deleteQuietly(runFolder);
            }
        }
        return repeat == 1 ? runs.get(0) : Repeats.combine(runs);
    }

    private int rtdvOnly(BenchPlan plan, Machine machine, Path folder) throws IOException {
        RtdvOnlyBench.Result result = new RtdvOnlyBench(plan.accounts(), plan.callers(), plan.callsPerCaller())
                .measure(folder, erpData != null ? erpData : folder.resolve("erp"));
        write(new BenchReport(machine, plan.accounts(), 1, result.figures(), Machine.current().loadAverage()));
        StringBuilder plans = new StringBuilder();
        result.plans().forEach((operation, text) -> plans.append("-- ").append(operation).append('\n').append(text)
                .append("\n\n"));
        Files.writeString(out.resolve("rtdv-plans.txt"), plans, StandardCharsets.UTF_8);
        System.out.println(plans);
        System.out.println("plans written to " + out.toAbsolutePath().resolve("rtdv-plans.txt"));
        return 0;
    }

    private void write(BenchReport report) throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve("bench.md"), report.markdown(), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("bench.json"), report.json(), StandardCharsets.UTF_8);
        System.out.println(report.markdown());
        System.out.println("written to " + out.toAbsolutePath().resolve("bench.md") + " and bench.json");
    }
}
