package dev.passerelle.bench;

import dev.passerelle.bench.jvm.Folders;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Sections 1, 3, 4 and 5 in one workbench, in this order: first sync and the direct JDBC copy of the
 * same rows, the delta and idle runs, ApplyChanges, RTDV (unless the plan has no callers), and last the direct JDBC copy of the CRM
 * store (reported in section 1; made last so that the sections before it run as they would without
 * it). The first-sync time target (20 s for 100,000 accounts) is scaled linearly for other sizes.
 */
final class SyncBench {

    private final BenchPlan plan;

    SyncBench(BenchPlan plan) {
        this.plan = plan;
    }

    List<Figure> measure(Path folder) {
        List<Figure> figures = new ArrayList<>();
        try (Workbench bench = Workbench.open(folder, plan.accounts())) {
            progress("demo ERP of %,d accounts ready; first sync", plan.accounts());
            FirstSync sync = FirstSync.run(bench.engine());
            DiskUse disk = DiskUse.of(folder);
            progress("first sync: %.1f s; direct JDBC copy", Numbers.seconds(sync.nanos()));
            DirectCopy copy = DirectCopy.run(bench.erpJdbi(), folder.resolve("copy").resolve("copy"));
            Folders.deleteQuietly(folder.resolve("copy"));
            firstSync(figures, sync, copy, bench, disk);
            int endOfSection1 = figures.size();
            progress("direct copy: %.1f s; delta and idle runs", Numbers.seconds(copy.nanos()));
            DeltaSync delta = DeltaSync.run(bench, plan.deltaAccounts(), plan.idleRuns(), plan.idleWarmUpRuns());
            String section = "3. Delta";
            figures.add(Figure.atMost(section, String.format("delta run, %,d ERP accounts changed", delta.changed()),
                    Numbers.millis(delta.nanos()), "ms", 1_000));
            figures.add(Figure.info(section, "records ERP -> CRM in the delta run", delta.records(), "records"));
            figures.add(Figure.info(section, "idle run right after the delta (median of " + plan.idleRuns() + ")",
                    Numbers.millis(delta.firstIdleNanos()), "ms"));
            figures.add(Figure.atMost(section, String.format("idle run in a running scheduler (median of %d after %,d more)",
                    plan.idleRuns(), plan.idleWarmUpRuns()), Numbers.millis(delta.idleNanos()), "ms", 20));
            progress("delta: %.0f ms, idle: %.0f ms right after it, %.0f ms warmed up; ApplyChanges",
                    Numbers.millis(delta.nanos()), Numbers.millis(delta.firstIdleNanos()), Numbers.millis(delta.idleNanos()));
            ApplyChanges apply = ApplyChanges.run(bench, plan.changes());
            section = "4. ApplyChanges";
            figures.add(Figure.atMost(section, String.format("run sending %,d CRM-side account changes", apply.changes()),
                    Numbers.seconds(apply.first().nanos()), "s", 3));
            figures.add(Figure.info(section, "records CRM -> ERP in that run", apply.first().sent(), "records"));
            figures.add(Figure.info(section, "CPU time of the whole process during that run",
                    Numbers.seconds(apply.first().cpuNanos()), "s"));
            figures.add(Figure.info(section, "second run, the same accounts edited again", Numbers.seconds(apply.second().nanos()), "s"));
            figures.add(Figure.info(section, "records CRM -> ERP in the second run", apply.second().sent(), "records"));
            figures.add(Figure.info(section, "CPU time of the whole process during the second run",
                    Numbers.seconds(apply.second().cpuNanos()), "s"));
            progress("ApplyChanges: %.1f s, %.1f s the second run; RTDV", Numbers.seconds(apply.first().nanos()),
                    Numbers.seconds(apply.second().nanos()));
            if (!plan.callers().isEmpty()) {
                figures.addAll(new RealTimeBench(RealTimeQueries.of(bench), plan.callsPerCaller()).measure(plan.callers()));
                progress("RTDV done");
            }
            progress("direct JDBC copy of the CRM store");
            StoreCopy storeCopy = StoreCopy.run(bench.engine().store().jdbi(), folder.resolve("store-copy").resolve("crm"));
            Folders.deleteQuietly(folder.resolve("store-copy"));
            figures.addAll(endOfSection1, storeCopy(sync, copy, storeCopy));
            progress("copy of the CRM store (%,d rows, %d tables): %.1f s", storeCopy.rows(), storeCopy.tables(),
                    Numbers.seconds(storeCopy.nanos()));
        }
        return figures;
    }

    /** Progress goes to stderr so that a long run shows where it is; the figures go to the report. */
    private static void progress(String format, Object... args) {
        System.err.printf(java.util.Locale.ROOT, "bench: " + format + "%n", args);
    }

    private void firstSync(List<Figure> figures, FirstSync sync, DirectCopy copy, Workbench bench, DiskUse disk) {
        String section = "1. First sync";
        double limit = 20.0 * plan.accounts() / 100_000;
        figures.add(Figure.info(section, String.format("ERP rows: %,d accounts, %,d contacts, %,d addresses",
                bench.erpCount("account"), bench.erpCount("contact"), bench.erpCount("delivery_address")),
                copy.rows(), "rows"));
        figures.add(Figure.atMost(section, "first sync over SOAP, wall time", Numbers.seconds(sync.nanos()), "s", limit));
        figures.add(Figure.info(section, "records ERP -> CRM", sync.records(), "records"));
        figures.add(Figure.info(section, "records per second", sync.recordsPerSecond(), "records/s"));
        figures.add(Figure.info(section, "CPU time of the whole process during the sync", Numbers.seconds(sync.cpuNanos()), "s"));
        figures.add(Figure.info(section, "time per account", sync.nanos() / 1e3 / plan.accounts(), "µs"));
        figures.add(Figure.info(section, "peak heap during the sync", sync.peakBytes() / (1024.0 * 1024.0), "MiB"));
        figures.add(Figure.info(section, "max heap of the JVM that made the sync (endpoint and engine)",
                Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0), "MiB"));
        figures.add(Figure.info(section, "disk used by the ERP database after the sync", disk.erpBytes() / (1024.0 * 1024.0), "MiB"));
        figures.add(Figure.info(section, "disk used by the CRM store after the sync", disk.crmBytes() / (1024.0 * 1024.0), "MiB"));
        figures.add(Figure.info(section, "direct JDBC copy of the same rows, wall time", Numbers.seconds(copy.nanos()), "s"));
        figures.add(Figure.info(section, "direct JDBC copy, rows per second", copy.rowsPerSecond(), "rows/s"));
        figures.add(Figure.info(section, "ratio sync / copy", (double) sync.nanos() / copy.nanos(), "x"));
    }

    /**
     * What writing the store the design asks for costs, beside the sync and the direct copy: the copy
     * also reads the store's rows, so a sync writing them through one connection could take a little
     * less, but not much (reading them alone was a fifth to a quarter of the copy; BENCHMARKS.md).
     */
    private static List<Figure> storeCopy(FirstSync sync, DirectCopy copy, StoreCopy storeCopy) {
        String section = "1. First sync";
        return List.of(
                Figure.info(section, "rows of the CRM store after sections 3 to 5, all its tables", storeCopy.rows(), "rows"),
                Figure.info(section, "direct JDBC copy of those rows into a fresh CRM store, wall time",
                        Numbers.seconds(storeCopy.nanos()), "s"),
                Figure.info(section, "CPU time of the whole process during that copy", Numbers.seconds(storeCopy.cpuNanos()), "s"),
                Figure.info(section, "ratio copy of the CRM store / copy", (double) storeCopy.nanos() / copy.nanos(), "x"),
                Figure.atMost(section, "ratio sync / copy of the CRM store", (double) sync.nanos() / storeCopy.nanos(), "x", 1.5));
    }
}
