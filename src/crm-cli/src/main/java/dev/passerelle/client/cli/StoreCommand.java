package dev.passerelle.client.cli;

import dev.passerelle.client.config.EngineSettings;
import dev.passerelle.client.store.StoreCheck;
import dev.passerelle.common.config.ConfigException;
import dev.passerelle.common.config.ConfigSource;
import dev.passerelle.common.db.DatabaseSettings;
import dev.passerelle.common.db.H2Rebuild;
import dev.passerelle.common.db.H2Urls;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code crm-sync store check | repair}: finds the damage a crash of the database can leave in the
 * CRM store and repairs it without losing the pending CRM edits of records that are still there.
 * Both work on the store directly, without opening the engine (which a damaged store may refuse);
 * {@code repair} needs the store closed everywhere.
 */
@Command(name = "store", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.USAGE,
        description = "The CRM store itself: check it, repair it after a crash of its database.",
        subcommands = {StoreCommand.Check.class, StoreCommand.Repair.class})
public class StoreCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(StoreCommand.class);

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.USAGE;
    }

    /** The fix {@code check} prints, on a line of its own so that it runs as printed. */
    static final String REPAIR = "fix: crm-sync store repair (once no run, watch or other command uses the store)";

    /**
     * A subcommand that works on the store's settings alone: loads them (a configuration error is
     * printed, exit 5) and runs with them, without opening the engine.
     */
    abstract static class OnStore implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Spec
        CommandSpec spec;

        /** The subcommand's work on the store; answers the exit code. */
        abstract int run(DatabaseSettings store, PrintWriter out, PrintWriter err);

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            DatabaseSettings store;
            try {
                store = EngineSettings.from(ConfigSource.load(common.configFile(), System.getenv())).store();
            } catch (ConfigException bad) {
                err.println("configuration error: " + bad.getMessage());
                return ExitCodes.CONFIG;
            }
            return run(store, spec.commandLine().getOut(), err);
        }
    }

    static Jdbi jdbi(DatabaseSettings store) {
        return Jdbi.create(store.jdbcUrl(), store.user(), store.password());
    }

    /**
     * The store to read for a check: an embedded store that no process has open is opened read-only, so
     * that checking a damaged file writes nothing to it; any other through its configured URL.
     */
    static Jdbi reader(DatabaseSettings store) {
        Optional<Path> file = H2Urls.fileLocation(store.jdbcUrl());
        if (file.isEmpty() || H2Rebuild.inUse(file.get())) {
            return jdbi(store);
        }
        return Jdbi.create(H2Urls.readOnly(store.jdbcUrl()), store.user(), store.password());
    }

    /** Prints the problems; answers whether there were any. */
    static boolean print(List<StoreCheck.Problem> problems, PrintWriter out) {
        if (problems.isEmpty()) {
            out.println("the CRM store is sound: every table reads to the end, every identity and pending edit has its record");
            return false;
        }
        Table table = new Table("problem", "table", "detail");
        problems.forEach(problem -> table.row(problem.kind(), problem.table(), problem.detail()));
        table.print(out);
        return true;
    }

    /** {@code crm-sync store check}. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Reads every table of the CRM store and checks that identities and pending edits have their",
                    "records. Exit 0 sound, 1 problems found (with the command that repairs them)."})
    static class Check extends OnStore {
        @Override
        int run(DatabaseSettings store, PrintWriter out, PrintWriter err) {
            List<StoreCheck.Problem> problems;
            try {
                problems = StoreCheck.check(reader(store));
            } catch (JdbiException unreadable) {
                LOG.debug("the CRM store could not be checked", unreadable);
                out.println("the CRM store cannot be read: " + unreadable.getMessage());
                out.println(REPAIR);
                return ExitCodes.WARNING;
            }
            if (print(problems, out)) {
                out.println(REPAIR);
                return ExitCodes.WARNING;
            }
            return ExitCodes.OK;
        }
    }

    /** {@code crm-sync store repair}. */
    @Command(name = "repair", mixinStandardHelpOptions = true,
            description = {"Repairs the CRM store after a crash of its database: an embedded store whose tables do not",
                    "read to the end is rebuilt from what can be read (the damaged file is kept beside it); then",
                    "identities and pending edits of records that are gone are removed. Pending edits of every other",
                    "record stay. Ends with the resync that brings the removed records back from the ERP."})
    static class Repair extends OnStore {
        @Override
        int run(DatabaseSettings store, PrintWriter out, PrintWriter err) {
            Optional<Path> file = H2Urls.fileLocation(store.jdbcUrl());
            if (file.isPresent() && H2Rebuild.inUse(file.get())) {
                err.println("the CRM store is open in a process (a run, watch or another command): stop it first");
                return ExitCodes.BUSY;
            }
            if (file.isPresent() && needsRebuild(store)) {
                H2Rebuild.Rebuilt rebuilt;
                try {
                    rebuilt = H2Rebuild.rebuild(file.get(), store.jdbcUrl(), store.user(), store.password());
                } catch (H2Rebuild.NotRebuilt failed) {
                    LOG.debug("the CRM store could not be rebuilt", failed);
                    err.println("failed: the CRM store cannot be rebuilt: " + failed.getMessage());
                    err.println("the store is left as it was" + failed.script().map(script -> "; the rows that could be read"
                            + " are in " + script).orElse(""));
                    err.println("next: put back the store's last backup, then crm-sync resync");
                    return ExitCodes.FAILURE;
                } catch (IllegalStateException failed) {
                    LOG.debug("the CRM store could not be rebuilt", failed);
                    err.println("failed: " + failed.getMessage());
                    return ExitCodes.FAILURE;
                }
                out.println("rebuilt the CRM store from what could be read; the damaged file is kept as " + rebuilt.damagedCopy());
            }
            StoreCheck.Tidied tidied;
            List<StoreCheck.Problem> left;
            try {
                tidied = StoreCheck.tidy(jdbi(store));
                left = StoreCheck.check(jdbi(store));
            } catch (JdbiException failed) {
                LOG.debug("the CRM store could not be repaired", failed);
                err.println("failed: the CRM store cannot be repaired in place: " + failed.getMessage()
                        + (file.isPresent() ? "" : " (on SQL Server, run DBCC CHECKDB first)"));
                return ExitCodes.FAILURE;
            }
            out.println("removed " + tidied.identities() + " identities and " + tidied.pendingEdits()
                    + " pending edits of records that were gone; " + tidied.records() + " records without their account"
                    + " removed or without their company unlinked");
            if (print(left, out)) {
                return ExitCodes.FAILURE;
            }
            if (tidied.total() > 0) {
                out.println("next: crm-sync resync (brings the removed records back from the ERP)");
            }
            return ExitCodes.OK;
        }

        private static boolean needsRebuild(DatabaseSettings store) {
            try {
                return StoreCheck.check(reader(store)).stream()
                        .anyMatch(problem -> problem.kind() == StoreCheck.Kind.UNREADABLE_TABLE);
            } catch (JdbiException unreadable) {
                return true;
            }
        }
    }
}
