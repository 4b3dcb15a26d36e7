package dev.passerelle.launcher.bench;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * The program a run of a repeated benchmark starts in a child JVM: the in-process measurements of
 * {@link SyncBench} on a plan read from the arguments (a folder for the databases, then
 * {@link BenchPlan#childArguments}), its figures printed as {@link FigureLines}. Progress goes to
 * standard error, as in the benchmark's own JVM. Exit code 0 with the figures, 1 when a measured run
 * failed (its reason on standard error).
 */
final class SyncChild {

    private SyncChild() {
    }

    public static void main(String[] args) {
        Quiet.components();
        BenchPlan plan = BenchPlan.ofArguments(Arrays.asList(args).subList(1, args.length));
        int exit = 0;
        try {
            for (Figure figure : new SyncBench(plan).measure(Path.of(args[0]))) {
                System.out.println(FigureLines.line(figure));
            }
        } catch (BenchFailure failure) {
            System.err.println("bench FAILED: " + failure.getMessage());
            exit = 1;
        }
        System.out.flush();
        System.exit(exit);
    }
}
