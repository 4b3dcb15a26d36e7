package dev.passerelle.bench.chaos;

import dev.passerelle.bench.jvm.Folders;
import dev.passerelle.bench.jvm.Quiet;
import dev.passerelle.launcher.Tool;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code passerelle chaos}: the kill suite. Runs trials in which a real engine or endpoint process is
 * killed with SIGKILL at a random moment of a sync, restarts the engine until the two sides converge,
 * and compares them record by record: nothing may be lost or duplicated, and no restart may need a
 * hand. Prints a table per scenario. Exit code 0 when every trial (and every calibration) is clean,
 * 1 when one is not, 2 on bad options, 3 when the suite itself could not run.
 */
@Command(name = "chaos", mixinStandardHelpOptions = true,
        description = "Kills syncs and endpoints at random moments and checks that restarted runs lose and duplicate nothing.")
public final class ChaosCommand implements Callable<Integer>, Tool {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--trials", defaultValue = "50",
            description = "Killed trials in all, taken in turn from the scenarios (default ${DEFAULT-VALUE}).")
    int trials;

    @Option(names = "--accounts", defaultValue = "2000", description = "Demo accounts of the ERP (default ${DEFAULT-VALUE}).")
    int accounts;

    @Option(names = "--seed", description = "Seed of the first trial (default: random, printed).")
    Long seed;

    @Option(names = "--scenario", arity = "1..*", paramLabel = "NAME",
            description = "Scenarios to run, in this order (default: all): first-sync, delta-erp-to-crm, delta-crm-to-erp,"
                    + " send-new-records, endpoint-during-apply.")
    List<String> scenarios;

    @Option(names = "--parallel", defaultValue = "1", paramLabel = "N",
            description = "Scenarios run side by side, each one's trials in order; each lane runs an endpoint and an engine"
                    + " at a time, so more lanes than cores only slows every child (default ${DEFAULT-VALUE}).")
    int parallel;

    @Option(names = "--data", paramLabel = "DIR",
            description = "An empty or new folder for the databases and logs (default: a temporary folder).")
    Path data;

    @Option(names = "--keep", description = "Keep the templates and every trial's folder (failed trials are always kept).")
    boolean keep;

    @Override
    public Integer call() throws IOException {
        ChaosPlan plan = plan();
        Path root = root();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        err.println("chaos: seed " + plan.seed() + ", data in " + root);
        err.flush();
        Quiet.components();
        try {
            ChaosReport report = new ChaosSuite(plan, root, keep, line -> {
                err.println("chaos: " + line);
                err.flush();
            }).run();
            out.print(report.text());
            out.flush();
            return report.passed() ? 0 : 1;
        } catch (ChaosFailure failure) {
            err.println("chaos FAILED: " + failure.getMessage() + " (data kept in " + root + ")");
            return 3;
        } finally {
            deleteIfEmpty(root);
        }
    }

    private ChaosPlan plan() {
        try {
            List<Scenario> chosen = scenarios == null || scenarios.isEmpty() ? List.of(Scenario.values())
                    : scenarios.stream().flatMap(names -> Stream.of(names.split(","))).map(Scenario::named).toList();
            return new ChaosPlan(trials, accounts, seed != null ? seed : new SecureRandom().nextLong(), chosen, parallel);
        } catch (IllegalArgumentException invalid) {
            throw new CommandLine.ParameterException(spec.commandLine(), invalid.getMessage());
        }
    }

    private Path root() throws IOException {
        if (data == null) {
            return Files.createTempDirectory("passerelle-chaos-");
        }
        if (Files.isDirectory(data)) {
            try (Stream<Path> entries = Files.list(data)) {
                if (entries.findAny().isPresent()) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--data must name an empty or new folder: " + data);
                }
            }
        }
        return Files.createDirectories(data);
    }

    /** The data folder goes when nothing was kept in it; a --data folder the user named stays. */
    private void deleteIfEmpty(Path root) throws IOException {
        if (data != null || !Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> entries = Files.list(root)) {
            if (entries.findAny().isEmpty()) {
                Folders.deleteQuietly(root);
            }
        }
    }
}
