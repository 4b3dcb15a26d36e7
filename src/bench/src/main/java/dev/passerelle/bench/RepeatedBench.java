package dev.passerelle.bench;

import dev.passerelle.bench.jvm.Folders;
import dev.passerelle.bench.jvm.JavaCommand;
import dev.passerelle.bench.jvm.JvmTuning;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Sections 1, 3, 4 and 5 made {@code --repeat} times, one after the other, each in a child JVM of its
 * own (a cold JVM each time, as the first sync's target means: the first sync of a process, with its
 * JIT warm-up), on this JVM's class path with its collector and inlining limits ({@link JvmTuning}),
 * and the heap options given (this JVM's, or a smaller heap to show the sync fits in it). Each run's
 * demo ERP is generated in this JVM before the child starts (not timed, as in {@link SyncBench}). The figures are combined by {@link Repeats}: each figure's median, held to the
 * target, and every run's value. On a shared machine one run's figures move by up to a quarter; the
 * median of several is steadier, though a busier hour still moves it, so two builds are compared by
 * runs interleaved, not by one report each.
 */
final class RepeatedBench {

    private static final Duration TIME_LIMIT = Duration.ofMinutes(60);

    private final BenchPlan plan;
    private final List<String> heap;

    /** {@code heap}: the children's heap options ({@link JvmTuning#heap()} for this JVM's). */
    RepeatedBench(BenchPlan plan, List<String> heap) {
        this.plan = plan;
        this.heap = List.copyOf(heap);
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
        // One run in a child (a heap of its own) reports its figures as they are, not as the median of one.
        return runs.size() == 1 ? runs.get(0) : Repeats.combine(runs);
    }

    private List<Figure> child(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException failure) {
            throw new BenchFailure("could not make the folder of a run: " + failure.getMessage());
        }
        // The demo ERP is made here, outside the child's heap: making it is not the sync, and at a million accounts
        // it holds more than the 256 MiB the sync is held to. The child's endpoint finds it filled and keeps it.
        Path databases = folder.resolve("databases");
        System.err.printf(Locale.ROOT, "bench: demo ERP of %,d accounts for the run%n", plan.accounts());
        Workbench.startErp(databases, plan.accounts(), UUID.randomUUID().toString()).close();
        Path figuresFile = folder.resolve("figures.txt");
        List<String> options = new ArrayList<>(heap);
        options.addAll(JvmTuning.options());
        List<String> arguments = new ArrayList<>(List.of(figuresFile.toString(), databases.toString()));
        arguments.addAll(plan.childArguments());
        // The child's own output (its components' warnings) is kept out of the report; its progress and
        // the reason of a failure go to this JVM's standard error.
        ProcessBuilder builder = new ProcessBuilder(JavaCommand.of(options, SyncChild.class, arguments))
                .redirectOutput(folder.resolve("child-output.txt").toFile()).redirectError(ProcessBuilder.Redirect.INHERIT);
        // The limit grows with the work: two milliseconds an account beyond the fixed part.
        int exit = ChildJvm.run(builder, TIME_LIMIT.plusMillis(2L * plan.accounts()), "a run in a child JVM");
        if (exit != 0) {
            throw new BenchFailure("a run in a child JVM failed (exit " + exit + "; its reason above)");
        }
        List<Figure> figures = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(figuresFile, StandardCharsets.UTF_8)) {
                FigureLines.parse(line).ifPresent(figures::add);
            }
        } catch (IOException failure) {
            throw new BenchFailure("a run in a child JVM left no figures: " + failure.getMessage());
        }
        if (figures.isEmpty()) {
            throw new BenchFailure("a run in a child JVM exited without figures");
        }
        return figures;
    }
}
