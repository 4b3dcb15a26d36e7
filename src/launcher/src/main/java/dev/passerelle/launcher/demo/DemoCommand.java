package dev.passerelle.launcher.demo;

import ch.qos.logback.classic.Level;
import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.config.EngineSettings;
import dev.passerelle.client.config.IntegrationSettings;
import dev.passerelle.common.db.DatabaseSettings;
import dev.passerelle.common.db.H2Urls;
import dev.passerelle.server.ErpServer;
import dev.passerelle.server.ServerSettings;
import dev.passerelle.server.security.Role;
import dev.passerelle.server.security.Users;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code passerelle demo}: the main job on a fresh machine. Starts an ERP endpoint over an embedded
 * demo ERP and a CRM engine over an embedded CRM store, then plays {@link DemoRun}. Exit code 0 only
 * when every step behaved as the integration promises.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Runs the whole integration on embedded databases: first sync, edits on both sides, "
                + "a delta sync with a conflict, returned keys and a rejected record, real-time figures.")
public final class DemoCommand implements Callable<Integer> {

    private static final String SYNC_USER = "crm-sync";

    @Spec
    CommandSpec spec;

    @Option(names = "--accounts", defaultValue = "10000", description = "Accounts in the demo ERP (default ${DEFAULT-VALUE}).")
    int accounts;

    @Option(names = "--port", defaultValue = "0", description = "Port of the ERP endpoint (default: a free one).")
    int port;

    @Option(names = "--verbose", description = "Show the components' log lines too.")
    boolean verbose;

    @Option(names = "--data", description = "Folder for the two databases (default: a temporary folder, removed at the end).")
    Path data;

    @Override
    public Integer call() throws IOException {
        if (accounts < 10) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--accounts must be at least 10");
        }
        if (!verbose) {
            // The demo tells its own story; the components' INFO lines would drown it.
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("dev.passerelle")).setLevel(Level.WARN);
        }
        PrintWriter writer = spec.commandLine().getOut();
        DemoOutput out = new DemoOutput(writer);
        Path folder = data != null ? Files.createDirectories(data) : Files.createTempDirectory("passerelle-demo-");
        long started = System.nanoTime();
        try {
            play(out, folder);
            out.line("");
            out.line("demo finished in %s; databases in %s", DemoOutput.seconds(System.nanoTime() - started),
                    data != null ? folder : "a temporary folder (removed)");
            return 0;
        } catch (DemoFailure failure) {
            writer.println();
            writer.println("demo FAILED: " + failure.getMessage());
            return 1;
        } finally {
            if (data == null) {
                deleteQuietly(folder);
            }
        }
    }

    private void play(DemoOutput out, Path folder) {
        out.title(String.format("Passerelle demo: %,d ERP accounts on embedded databases", accounts));
        String password = randomPassword();
        Users users = Users.builder().add(SYNC_USER, password, Role.SYNC).build();
        out.step("ERP endpoint over a generated demo ERP");
        long started = System.nanoTime();
        ServerSettings settings = ServerSettings.builder().host("127.0.0.1").port(port)
                .jdbcUrl(H2Urls.file(folder.resolve("erp"))).users(users).demoAccounts(accounts).demoSeed(2026).build();
        try (ErpServer erp = ErpServer.start(settings)) {
            ErpDesk desk = new ErpDesk(erp.database().jdbi());
            out.line("demo ERP: %s accounts, %s contacts, %s delivery addresses, %s documents, %s ledger entries (%s)",
                    DemoOutput.count(desk.count("account")), DemoOutput.count(desk.count("contact")),
                    DemoOutput.count(desk.count("delivery_address")), DemoOutput.count(desk.count("document")),
                    DemoOutput.count(desk.count("ledger_entry")), DemoOutput.seconds(System.nanoTime() - started));
            out.line("endpoint %s (contract at %s?wsdl), user '%s' with role sync", erp.endpointUrl(), erp.endpointUrl(),
                    SYNC_USER);
            IntegrationSettings integration = IntegrationSettings.defaults(DemoRun.INTEGRATION,
                    erp.endpointUrl().toString(), SYNC_USER, password);
            EngineSettings engineSettings = EngineSettings.of(DatabaseSettings.of(H2Urls.file(folder.resolve("crm"))),
                    integration);
            try (CrmEngine engine = CrmEngine.open(engineSettings)) {
                Summary summary = new DemoRun(engine, desk, out)
                        .play(new RealTimeFigures(engine.transport(DemoRun.INTEGRATION).port(), out));
                out.step("Summary");
                summary.print(out);
            }
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
