package dev.passerelle.server.cli;

import dev.passerelle.common.config.ConfigException;
import dev.passerelle.common.config.ConfigSource;
import dev.passerelle.common.process.StopSignals;
import dev.passerelle.server.ErpServer;
import dev.passerelle.server.ServerSettings;
import dev.passerelle.server.security.Users;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code passerelle erp-server}: runs the ERP endpoint until stopped (Ctrl-C, SIGTERM, or the calling
 * thread interrupted, when embedded). Options override the
 * configuration file, which environment variables ({@code PASSERELLE_ERP_...}) override in turn.
 * Exit codes: 0 stopped normally, 2 bad configuration, 1 failed to start.
 */
@Command(name = "erp-server",
        mixinStandardHelpOptions = true,
        description = "Runs the ERP endpoint (SOAP over HTTP); publishes the contract at <url>?wsdl.",
        subcommands = {AddUserCommand.class, HashPasswordCommand.class, MaintenanceCommand.class})
public final class ErpServerCommand implements Callable<Integer> {

    static final Path DEFAULT_USERS_FILE = Path.of("data", "erp", "users.txt");

    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (see server/erp-server.sample.properties).")
    Path config;

    @Option(names = "--host", paramLabel = "HOST", description = "Interface to listen on (default 127.0.0.1).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port, 0 for any free port (default 8080).")
    Integer port;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "ERP database: jdbc:sqlserver://... or jdbc:h2:... (default: an H2 file under ./data/erp).")
    String jdbcUrl;

    @Option(names = "--users", paramLabel = "FILE", description = "Users file with salted password hashes (default data/erp/users.txt); create it with 'erp-server add-user'.")
    Path usersFile;

    @Option(names = "--demo-accounts", paramLabel = "N", description = "Fill an empty ERP with N demo accounts (default 0: none).")
    Integer demoAccounts;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ErpServer server;
        try {
            server = start();
        } catch (ConfigException invalid) {
            err.println("erp-server: " + invalid.getMessage());
            return 2;
        } catch (RuntimeException failure) {
            err.println("erp-server: could not start: " + failure.getMessage());
            return 1;
        }
        out.println("ERP endpoint listening at " + server.endpointUrl() + " (contract at " + server.endpointUrl() + "?wsdl)");
        List<String> served = new ArrayList<>();
        server.healthUrl().ifPresent(url -> served.add("GET /health"));
        server.metricsUrl().ifPresent(url -> served.add("GET /metrics"));
        if (!served.isEmpty()) {
            out.println("health and metrics at " + server.baseUrl() + " (" + String.join(", ", served) + ")");
        }
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        // Jetty stops (requests in flight finish) before the JVM's exit closes the embedded database.
        try (StopSignals.Registration stop = StopSignals.onStop(signal -> {
            server.close();
            stopped.countDown();
        })) {
            stopped.await();
        } catch (InterruptedException interrupted) {
            server.close();
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** Builds the settings from the file, the environment and the options, and starts the server. */
    public ErpServer start() {
        return ErpServer.start(settings(System.getenv()));
    }

    ServerSettings settings(Map<String, String> environment) {
        ConfigSource source = ConfigSource.load(config, environment);
        Path users = usersFile != null ? usersFile : source.path(ServerSettings.USERS_FILE, DEFAULT_USERS_FILE);
        if (!Files.isRegularFile(users)) {
            throw new ConfigException(ServerSettings.USERS_FILE, "users file not found: " + users.toAbsolutePath()
                    + " (create it with: erp-server add-user --users " + users + " --role sync NAME)");
        }
        Users loaded;
        try {
            loaded = Users.load(users);
        } catch (IllegalArgumentException malformed) {
            throw new ConfigException(ServerSettings.USERS_FILE, malformed.getMessage());
        }
        ServerSettings.Builder builder = ServerSettings.fromConfig(source, loaded).toBuilder();
        if (host != null) {
            builder.host(host);
        }
        if (port != null) {
            builder.port(port);
        }
        if (jdbcUrl != null) {
            try {
                builder.jdbcUrl(jdbcUrl);
            } catch (IllegalArgumentException unsupported) {
                throw new ConfigException("--db", unsupported.getMessage());
            }
        }
        if (demoAccounts != null) {
            builder.demoAccounts(demoAccounts);
        }
        return builder.build();
    }
}
