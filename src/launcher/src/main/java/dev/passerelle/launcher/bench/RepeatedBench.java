package dev.passerelle.launcher.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Sections 1, 3, 4 and 5 made {@code --repeat} times, one after the other, each in a child JVM of its
 * own (a cold JVM each time, as the first sync's target means: the first sync of a process, with its
 * JIT warm-up), on this JVM's class path with its collector, compiler and heap options. The figures
 * are combined by {@link Repeats}: each figure's median, held to the target, and every run's value.
 * On a shared machine one run's figures move by up to a quarter; a median of several tells the code
 * from the machine.
 */
final class RepeatedBench {

    private static final long TIME_LIMIT_MINUTES = 60;

    private final BenchPlan plan;

    RepeatedBench(BenchPlan plan) {
        this.plan = plan;
    }

    List<Figure> measure(Path folder) {
        List<List<Figure>> runs = new ArrayList<>();
        for (int run = 1; run <= plan.repeat(); run++) {
            System.err.printf(Locale.ROOT, "bench: run %d of %d, in a JVM of its own%n", run, plan.repeat());
            Path runFolder = folder.resolve("run-" + run);
            try {
                runs.add(child(runFolder));
            } finally {
                Folders.deleteQuietly(runFolder); // the next run's databases need the space
            }
        }
        return Repeats.combine(runs);
    }

    private List<Figure> child(Path folder) {
        try {
            Files.createDirectories(folder);
            Path output = folder.resolve("child-output.txt");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java));
            command.addAll(JvmTuning.heap());
            command.addAll(JvmTuning.options());
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), SyncChild.class.getName(),
                    folder.resolve("databases").toString()));
            command.addAll(plan.childArguments());
            Process child = new ProcessBuilder(command).redirectOutput(output.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (!child.waitFor(TIME_LIMIT_MINUTES, TimeUnit.MINUTES)) {
                child.destroyForcibly();
                throw new BenchFailure("a run in a child JVM took over " + TIME_LIMIT_MINUTES + " min");
            }
            if (child.exitValue() != 0) {
                throw new BenchFailure("a run in a child JVM failed (exit " + child.exitValue() + "; its reason above)");
            }
            List<Figure> figures = new ArrayList<>();
            for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
                FigureLines.parse(line).ifPresent(figures::add);
            }
            if (figures.isEmpty()) {
                throw new BenchFailure("a run in a child JVM exited without figures");
            }
            return figures;
        } catch (IOException failure) {
            throw new BenchFailure("could not run a child JVM: " + failure.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted during a run in a child JVM");
        }
    }
}
