package dev.passerelle.bench;

import dev.passerelle.bench.jvm.Quiet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The program a run of a repeated benchmark starts in a child JVM: the in-process measurements of
 * {@link SyncBench} on a plan read from the arguments (a file for the figures, a folder for the
 * databases, then {@link BenchPlan#childArguments}), its figures written to the file as
 * {@link FigureLines} in UTF-8, whatever the machine's own encoding. Progress goes to standard error,
 * as in the benchmark's own JVM. Exit code 0 with the figures, 1 when a measured run failed (its
 * reason on standard error).
 */
final class SyncChild {

    private SyncChild() {
    }

    public static void main(String[] args) {
        Quiet.components();
        Path figuresFile = Path.of(args[0]);
        BenchPlan plan = BenchPlan.ofArguments(Arrays.asList(args).subList(2, args.length));
        int exit = 0;
        try {
            List<String> lines = new SyncBench(plan).measure(Path.of(args[1])).stream().map(FigureLines::line).toList();
            Files.write(figuresFile, lines, StandardCharsets.UTF_8);
        } catch (BenchFailure failure) {
            System.err.println("bench FAILED: " + failure.getMessage());
            exit = 1;
        } catch (IOException unwritable) {
            throw new UncheckedIOException("cannot write the figures to " + figuresFile, unwritable);
        }
        System.exit(exit);
    }
}
