package dev.passerelle.bench.chaos;

import dev.passerelle.bench.jvm.Folders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The trials of one chaos command: the templates first, then each scenario's trials in order, the
 * first preceded by the scenario's calibration (an uninterrupted trial seeded as that first trial, so
 * that a trial replayed alone is calibrated as it was). Scenarios run side by side on as many lanes as
 * the plan allows, each lane one scenario at a time. A trial's folder is deleted once it is found clean
 * (unless kept); a trial that is not keeps its databases and logs. Run it once.
 */
final class ChaosSuite {

    static final String FINDINGS_FILE = "findings.txt";

    private final ChaosPlan plan;
    private final Path root;
    private final boolean keep;
    private final Consumer<String> progress;

    ChaosSuite(ChaosPlan plan, Path root, boolean keep, Consumer<String> progress) {
        this.plan = plan;
        this.root = root;
        this.keep = keep;
        this.progress = progress;
    }

    /** A scenario's calibration and killed trials. */
    private record Lane(TrialResult calibration, List<TrialResult> trials) {
    }

    /** Runs every trial; a failure of the suite itself ({@link ChaosFailure}) ends it. */
    ChaosReport run() {
        progress.accept(String.format("making the templates: a demo ERP of %,d accounts and its first sync", plan.accounts()));
        TrialFolder templateFolder = new TrialFolder(root.resolve("templates"));
        Templates templates = Templates.make(templateFolder, plan.accounts(), progress);
        ExecutorService lanes = Executors.newFixedThreadPool(plan.parallel(), runnable -> {
            Thread thread = new Thread(runnable, "chaos-lane");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Lane>> running = plan.scenariosTried().stream()
                    .map(scenario -> lanes.submit(() -> lane(templates, scenario))).toList();
            List<TrialResult> calibrations = new ArrayList<>();
            List<TrialResult> trials = new ArrayList<>();
            for (Future<Lane> lane : running) {
                calibrations.add(finished(lane).calibration());
                trials.addAll(finished(lane).trials());
            }
            trials.sort(Comparator.comparingInt(trial -> trial.plan().number()));
            if (!keep) {
                Folders.deleteQuietly(templateFolder.folder());
            }
            return new ChaosReport(plan, calibrations, trials);
        } finally {
            lanes.shutdownNow();
        }
    }

    private Lane lane(Templates templates, Scenario scenario) {
        List<Integer> numbers = IntStream.range(0, plan.trials()).filter(number -> plan.scenarioOf(number) == scenario)
                .boxed().toList();
        TrialResult calibration = reported(new Trial(templates, plan,
                TrialPlan.calibration(scenario, plan.seedOf(numbers.get(0))), root).run());
        List<TrialResult> trials = new ArrayList<>();
        for (int number : numbers) {
            TrialPlan trial = new TrialPlan(number, scenario, plan.seedOf(number), Optional.of(calibration.runTime()));
            trials.add(reported(new Trial(templates, plan, trial, root).run()));
        }
        return new Lane(calibration, trials);
    }

    private TrialResult reported(TrialResult result) {
        String name = result.plan().calibration() ? "calibration" : String.format("trial %d/%d", result.plan().number() + 1,
                plan.trials());
        List<String> lines = new ArrayList<>(List.of(name + " " + result.summary()));
        if (result.clean() && !keep) {
            Folders.deleteQuietly(result.folder());
        } else if (!result.clean()) {
            result.findingSummary().forEach(line -> lines.add("  " + line));
            lines.add("  kept in " + result.folder() + ", every finding in " + FINDINGS_FILE);
            writeFindings(result);
        }
        synchronized (progress) {
            lines.forEach(progress);
        }
        return result;
    }

    /** Every finding of a failed trial, one a line, in its folder beside its databases and logs. */
    private static void writeFindings(TrialResult result) {
        try {
            Files.write(result.folder().resolve(FINDINGS_FILE), result.findingLines(), StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new ChaosFailure("cannot write the findings into " + result.folder() + ": " + failure.getMessage(), failure);
        }
    }

    private static Lane finished(Future<Lane> lane) {
        try {
            return lane.get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new ChaosFailure("a lane of trials failed: " + failed.getCause(), failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ChaosFailure("interrupted while waiting for the trials");
        }
    }
}
