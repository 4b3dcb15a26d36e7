package dev.passerelle.bench;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.config.IntegrationSettings;
import dev.passerelle.server.ErpServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Section 6: near-real-time sync under {@code crm-sync watch}, by default at its shortest interval. A demo ERP of
 * the plan's size is synced once into an empty CRM store in this JVM (not timed), then the watcher
 * starts in a child JVM of its own over that store and the endpoint, which stays in this JVM. While it
 * runs, the {@link LatencyProbe} commits changes on both sides and times each from its commit to the
 * first read of it on the other side: p50, p99 (held to {@value #DELAY_TARGET_MILLIS} ms) and the
 * highest, for single changes and for bursts, in each direction. Then nothing changes: the CPU each
 * JVM uses is measured over the plan's idle time right after the changes, and again after its settle
 * time, when the JIT compiler has compiled most of the idle turns' code. That second figure is the watch's
 * standing cost: the watcher's (held to {@value #IDLE_CPU_TARGET_PERCENT}% of one core) and this
 * JVM's, which holds the endpoint and its ERP database and otherwise only sleeps.
 */
final class WatchBench {

    static final String SECTION = "6. Watch";
    static final double DELAY_TARGET_MILLIS = 2_000;
    static final double IDLE_CPU_TARGET_PERCENT = 2;
    /**
     * The watcher's first turns at the shortest interval: JIT warm-up and the first connections, before the
     * writer begins. At a longer one, the first turn and the one its ERP waiter asks for once it holds a wait.
     */
    private static final int FIRST_TURNS = 3;
    private static final Duration FIRST_TURNS_LONG_INTERVAL = Duration.ofSeconds(5);
    /** After the changes, for the last turn with changes to end. */
    private static final Duration LAST_TURN = Duration.ofSeconds(2);
    private static final Duration START_LIMIT = Duration.ofMinutes(3);

    private final WatchPlan plan;

    WatchBench(WatchPlan plan) {
        this.plan = plan;
    }

    List<Figure> measure(Path parent) {
        Path folder = parent.resolve("watch");
        try {
            Files.createDirectories(folder);
        } catch (IOException failure) {
            throw new BenchFailure("could not make the folder of the watch section: " + failure.getMessage());
        }
        String password = UUID.randomUUID().toString();
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.info(SECTION, "accounts of the demo ERP, synced once before the watcher starts", plan.accounts(),
                "accounts"));
        figures.add(Figure.info(SECTION, "interval of crm-sync watch", plan.interval().toMillis() / 1e3, "s"));
        figures.add(Figure.info(SECTION, "directions of the changes made (2: both)", plan.directions().size(), "directions"));
        try (ErpServer erp = Workbench.startErp(folder, plan.accounts(), password)) {
            IntegrationSettings integration = Workbench.integration(erp, password).toBuilder().interval(plan.interval()).build();
            progress("demo ERP of %,d accounts ready; first sync before the watcher", plan.accounts());
            try (CrmEngine engine = CrmEngine.open(Workbench.engineSettings(folder, integration))) {
                FirstSync.run(engine);
            }
            try (WatchProcess watcher = WatchProcess.start(folder, Workbench.crmUrl(folder), erp.endpointUrl().toString(),
                    Workbench.USER, password, plan.interval())) {
                int firstTurns = firstTurns(watcher);
                progress("crm-sync watch turning every %d ms; changes %s for %d s", plan.interval().toMillis(),
                        plan.directions().size() == 2 ? "on both sides" : "in one direction, " + plan.directions(),
                        plan.changes().toSeconds());
                Map<LatencyProbe.Direction, Map<LatencyProbe.Kind, LatencyProbe.Delays>> delays;
                // The CRM user's engine, in this JVM: opened after the watcher, it reaches the store through the
                // watcher's process, and is closed before the idle time so that no session of it stays open there.
                try (CrmEngine desk = CrmEngine.open(Workbench.engineSettings(folder, integration))) {
                    WatchPairs pairs = WatchPairs.read(erp.database().jdbi(), desk.store().jdbi());
                    if (Math.min(pairs.erpSide().size(), pairs.crmSide().size()) < WatchPlan.BURST) {
                        throw new BenchFailure("the watch section needs " + WatchPlan.BURST + " accounts on each side, linked"
                                + " and primary; " + pairs.erpSide().size() + " and " + pairs.crmSide().size()
                                + " found: give a larger --watch-accounts");
                    }
                    delays = new LatencyProbe(erp.database().jdbi(), desk.store().jdbi(), desk.edits(), pairs, plan.directions())
                            .run(plan.steady(), plan.bursts());
                }
                delays.forEach((direction, byKind) -> {
                    if (plan.directions().contains(direction)) {
                        byKind.forEach((kind, measured) -> figures.addAll(delayFigures(direction, kind, measured)));
                    }
                });
                List<WatchProcess.Turn> turns = watcher.turns();
                figures.addAll(busyTurns(turns.subList(firstTurns, turns.size())));
                progress("changes seen; %d s with nothing to change", 2 * plan.idle().toSeconds() + plan.settle().toSeconds());
                figures.addAll(idle(watcher));
            }
        }
        return figures;
    }

    /** Waits for the watcher's first turns; answers how many it made. */
    private int firstTurns(WatchProcess watcher) {
        if (plan.interval().compareTo(WatchPlan.SHORTEST_INTERVAL) <= 0) {
            return watcher.awaitTurns(FIRST_TURNS, START_LIMIT).size();
        }
        watcher.awaitTurns(1, START_LIMIT);
        sleep(FIRST_TURNS_LONG_INTERVAL);
        return watcher.turns().size();
    }

    private static List<Figure> delayFigures(LatencyProbe.Direction direction, LatencyProbe.Kind kind,
            LatencyProbe.Delays measured) {
        String label = direction.label + ", " + kind.label;
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.info(SECTION, label + ": changes seen", measured.nanos().size(), "changes"));
        figures.add(Figure.atMost(SECTION, label + ": changes not seen within " + LatencyProbe.UNSEEN_LIMIT.toSeconds() + " s",
                measured.unseen(), "changes", 0));
        if (!measured.nanos().isEmpty()) {
            long[] nanos = measured.nanos().stream().mapToLong(Long::longValue).toArray();
            figures.add(Figure.info(SECTION, label + ": delay from commit to the other side, p50",
                    Numbers.millis(Numbers.percentile(nanos, 50)), "ms"));
            figures.add(Figure.atMost(SECTION, label + ": delay from commit to the other side, p99",
                    Numbers.millis(Numbers.percentile(nanos, 99)), "ms", DELAY_TARGET_MILLIS));
            figures.add(Figure.info(SECTION, label + ": delay from commit to the other side, highest",
                    Numbers.millis(Numbers.percentile(nanos, 100)), "ms"));
        }
        return figures;
    }

    /** How long the watcher's turns that moved records took, while the writer was at work. */
    private static List<Figure> busyTurns(List<WatchProcess.Turn> turns) {
        long[] millis = turns.stream().filter(turn -> turn.received() + turn.sent() > 0).mapToLong(WatchProcess.Turn::millis)
                .toArray();
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.info(SECTION, "turns of the watcher while changes were made", turns.size(), "turns"));
        figures.add(Figure.info(SECTION, "of which moved records", millis.length, "turns"));
        if (millis.length > 0) {
            figures.add(Figure.info(SECTION, "a turn that moved records, as the watcher reports it: median",
                    Numbers.percentile(millis, 50), "ms"));
            figures.add(Figure.info(SECTION, "a turn that moved records, as the watcher reports it: highest",
                    Numbers.percentile(millis, 100), "ms"));
        }
        return figures;
    }

    /**
     * The CPU of both JVMs while nothing changes, measured twice: right after the changes (two seconds
     * after them, for the last turn with changes to end), then after the plan's settle time. A watcher
     * runs the same idle turn every second for days: the JIT compiler is still compiling its code in the
     * first minutes, and the second measurement, held to the target, is what watching costs once it no
     * longer does.
     */
    private List<Figure> idle(WatchProcess watcher) {
        sleep(LAST_TURN);
        IdleWindow first = IdleWindow.measure(watcher, plan.idle());
        progress("%d s more with nothing to change, then %d s measured again", plan.settle().toSeconds(),
                plan.idle().toSeconds());
        sleep(plan.settle());
        IdleWindow settled = IdleWindow.measure(watcher, plan.idle());
        List<WatchProcess.Turn> turns = watcher.turns();
        List<WatchProcess.Turn> idleTurns = turns.subList(first.turnsBefore(), turns.size());
        if (idleTurns.stream().anyMatch(turn -> turn.received() + turn.sent() != 0)) {
            throw new BenchFailure("a turn of the watcher exchanged records while nothing changed: " + idleTurns);
        }
        List<WatchProcess.Turn> settledTurns = turns.subList(settled.turnsBefore(), turns.size());
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.info(SECTION, "idle: wall time of each measurement with nothing to change",
                Numbers.seconds(settled.wallNanos()), "s"));
        figures.add(Figure.info(SECTION, "idle: between the starts of the two measurements",
                Numbers.seconds(settled.startedNanos() - first.startedNanos()), "s"));
        figures.add(Figure.info(SECTION, "idle: turns of the watcher in the second measurement",
                settledTurns.size(), "turns"));
        if (!settledTurns.isEmpty()) {
            long[] millis = settledTurns.stream().mapToLong(WatchProcess.Turn::millis).toArray();
            figures.add(Figure.info(SECTION, "idle: a turn, as the watcher reports it (median)",
                    Numbers.percentile(millis, 50), "ms"));
        }
        figures.add(first.watcherFigure("right after the changes", null));
        figures.addAll(first.shares("right after the changes"));
        figures.add(settled.watcherFigure("second measurement", IDLE_CPU_TARGET_PERCENT));
        figures.addAll(settled.shares("second measurement"));
        return figures;
    }

    /** CPU used by the watcher's JVM (and its compiler threads) and by this one over a wall time with nothing to change. */
    private record IdleWindow(int turnsBefore, long startedNanos, long wallNanos, long watcherNanos, long compilerNanos,
                              long ownNanos) {

        static IdleWindow measure(WatchProcess watcher, Duration duration) {
            int turnsBefore = watcher.turns().size();
            long watcherCpu = watcher.cpuNanos();
            long compilerCpu = watcher.compilerCpuNanos();
            long ownCpu = ProcessCpu.nanos();
            long started = System.nanoTime();
            sleep(duration);
            long wall = System.nanoTime() - started;
            IdleWindow window = new IdleWindow(turnsBefore, started, wall,
                    watcherCpu < 0 ? -1 : watcher.cpuNanos() - watcherCpu,
                    compilerCpu < 0 ? -1 : watcher.compilerCpuNanos() - compilerCpu, ProcessCpu.since(ownCpu));
            progress("idle for %.1f s: the watcher used %.3f s of CPU, this JVM %.3f s", Numbers.seconds(wall),
                    Numbers.seconds(window.watcherNanos()), Numbers.seconds(window.ownNanos()));
            return window;
        }

        /** The watcher's whole JVM, held to {@code targetPercent} when not null. */
        Figure watcherFigure(String which, Double targetPercent) {
            String label = "idle, " + which + ": CPU of crm-sync watch (its whole JVM), share of one core";
            double percent = 100.0 * watcherNanos / wallNanos;
            return targetPercent == null ? Figure.info(SECTION, label, percent, "%")
                    : Figure.atMost(SECTION, label, percent, "%", targetPercent);
        }

        /** The watcher's compiler threads (when Linux tells) and this JVM, which holds the endpoint. */
        List<Figure> shares(String which) {
            List<Figure> figures = new ArrayList<>();
            if (compilerNanos >= 0) {
                figures.add(Figure.info(SECTION, "idle, " + which + ": of which the watcher's JIT compiler threads,"
                        + " share of one core", 100.0 * compilerNanos / wallNanos, "%"));
            }
            figures.add(Figure.info(SECTION, "idle, " + which + ": CPU of the endpoint's JVM (endpoint, ERP database,"
                    + " the benchmark asleep), share of one core", 100.0 * ownNanos / wallNanos, "%"));
            return figures;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted while the watcher idled");
        }
    }

    private static void progress(String format, Object... args) {
        System.err.printf(java.util.Locale.ROOT, "bench: " + format + "%n", args);
    }
}
