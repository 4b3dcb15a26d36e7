package dev.passerelle.bench;

import dev.passerelle.bench.jvm.Folders;
import dev.passerelle.bench.jvm.Quiet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code passerelle bench console}: times each page of the web console over real HTTP on a CRM store
 * filled by a first sync of N accounts ({@link ConsoleBench}); writes {@code console-bench.md} into
 * {@code --out} and prints it. Exit code 0 when every page was timed (targets missed included), 1 when
 * a page failed, 2 on bad options.
 */
@Command(name = "console", mixinStandardHelpOptions = true,
        description = "Times the web console's pages (first and last page, filtered and not) on a store of N accounts.")
public final class ConsoleBenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--accounts", defaultValue = "100000", description = "Accounts in the demo ERP and the CRM store (default ${DEFAULT-VALUE}).")
    int accounts;

    @Option(names = "--warm-up", defaultValue = "5", description = "Untimed requests of each page first (default ${DEFAULT-VALUE}).")
    int warmUp;

    @Option(names = "--samples", defaultValue = "15", description = "Timed requests of each page (default ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--out", defaultValue = "bench-results", description = "Folder for console-bench.md (default ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (accounts < 1_000 || warmUp < 0 || samples < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--accounts is at least 1000, --warm-up at least 0 and --samples at least 1");
        }
        Quiet.components();
        Machine machine = Machine.current();
        Path folder = Files.createTempDirectory("passerelle-console-bench-");
        try {
            ConsoleBench.Result result = new ConsoleBench(accounts, warmUp, samples).measure(folder);
            String report = ConsoleBench.markdown(result, machine.loadAverage(), Machine.current().loadAverage(), machine);
            Files.createDirectories(out);
            Files.writeString(out.resolve("console-bench.md"), report, StandardCharsets.UTF_8);
            System.out.println(report);
            System.out.println("written to " + out.toAbsolutePath().resolve("console-bench.md"));
            return 0;
        } catch (BenchFailure failure) {
            System.err.println("bench console FAILED: " + failure.getMessage());
            return 1;
        } finally {
            Folders.deleteQuietly(folder);
        }
    }
}
