package dev.passerelle.server.cli;

import dev.passerelle.common.config.ConfigException;
import dev.passerelle.common.config.ConfigSource;
import dev.passerelle.common.db.DataAccessError;
import dev.passerelle.common.db.Database;
import dev.passerelle.common.db.DatabaseSettings;
import dev.passerelle.server.ServerSettings;
import dev.passerelle.server.store.MaintenanceTable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code erp-server maintenance on|off|status}: exclusive ERP maintenance for every endpoint instance
 * sharing the ERP database. While on, every operation but GetServiceInfo answers the unavailable fault
 * with its retry-after; CRM engines back off and end their runs with a warning, losing nothing. Works
 * while the endpoints run (the embedded database is shared through H2's automatic server).
 */
@Command(name = "maintenance", mixinStandardHelpOptions = true,
        description = "Exclusive ERP maintenance for every endpoint sharing the database: on, off, status.",
        subcommands = {MaintenanceCommand.On.class, MaintenanceCommand.Off.class, MaintenanceCommand.Status.class})
final class MaintenanceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 64;
    }

    /** The options every maintenance sub-command takes, and how it reaches the database. */
    abstract static class OnDatabase implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (erp.db.* keys).")
        Path config;

        @Option(names = "--db", paramLabel = "JDBC_URL", description = "ERP database (default: erp.db.url, else ./data/erp).")
        String jdbcUrl;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            DatabaseSettings settings;
            try {
                settings = jdbcUrl != null ? databaseOption() : ServerSettings.database(ConfigSource.load(config, System.getenv()));
            } catch (ConfigException invalid) {
                err.println("erp-server maintenance: " + invalid.getMessage());
                return 2;
            }
            // Flyway takes two connections: one for its lock, one to migrate.
            try (Database database = Database.open(settings.withPoolSize(2), "erp-maintenance")) {
                database.migrate("erp");
                MaintenanceTable.State state = change(database.jdbi().onDemand(MaintenanceTable.class));
                out.println("maintenance " + state.describe());
                return 0;
            } catch (DataAccessError.Unavailable unreachable) {
                err.println("erp-server maintenance: " + unreachable.getMessage());
                return 1;
            }
        }

        private DatabaseSettings databaseOption() {
            try {
                return DatabaseSettings.of(jdbcUrl);
            } catch (IllegalArgumentException unsupported) {
                throw new ConfigException("--db", unsupported.getMessage());
            }
        }

        /** What the sub-command does to the switch; answers its state after. */
        abstract MaintenanceTable.State change(MaintenanceTable table);
    }

    /** {@code erp-server maintenance on}. */
    @Command(name = "on", mixinStandardHelpOptions = true, description = "Puts the ERP in maintenance, for every endpoint.")
    static final class On extends OnDatabase {
        @Option(names = "--reason", paramLabel = "TEXT", description = "Why, shown by status (at most 400 characters).")
        String reason;

        @Option(names = "--by", paramLabel = "NAME", description = "Who (default: this machine's user).")
        String by = System.getProperty("user.name");

        @Override
        public Integer call() {
            if (reason != null && reason.length() > 400) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--reason is at most 400 characters");
            }
            return super.call();
        }

        @Override
        MaintenanceTable.State change(MaintenanceTable table) {
            table.write(true, reason, by);
            return table.read();
        }
    }

    /** {@code erp-server maintenance off}. */
    @Command(name = "off", mixinStandardHelpOptions = true, description = "Ends the maintenance, for every endpoint.")
    static final class Off extends OnDatabase {
        @Option(names = "--by", paramLabel = "NAME", description = "Who (default: this machine's user).")
        String by = System.getProperty("user.name");

        @Override
        MaintenanceTable.State change(MaintenanceTable table) {
            table.write(false, null, by);
            return table.read();
        }
    }

    /** {@code erp-server maintenance status}. */
    @Command(name = "status", mixinStandardHelpOptions = true, description = "Says whether the ERP is in maintenance.")
    static final class Status extends OnDatabase {
        @Override
        MaintenanceTable.State change(MaintenanceTable table) {
            return table.read();
        }
    }
}
