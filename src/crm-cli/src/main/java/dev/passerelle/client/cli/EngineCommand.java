package dev.passerelle.client.cli;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.config.EngineSettings;
import dev.passerelle.client.run.EngineException;
import dev.passerelle.client.run.RunReport;
import dev.passerelle.client.transport.ErpException;
import dev.passerelle.common.config.ConfigException;
import dev.passerelle.common.config.ConfigSource;
import dev.passerelle.common.db.DataAccessError;
import dev.passerelle.common.process.StopSignals;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of the crm-sync commands that need the engine: loads the configuration, opens the engine,
 * runs the command and turns every failure into a message and an {@link ExitCodes exit code}. Public
 * so that commands added later (RTDV) can extend it.
 */
@Command(exitCodeOnInvalidInput = ExitCodes.USAGE, exitCodeOnExecutionException = ExitCodes.INTERNAL)
public abstract class EngineCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(EngineCommand.class);
    /**
     * How long a process asked to stop waits for its runs to end at their next page or batch, closed as
     * interrupted with their locks released; a run still busy after it is closed by the next run.
     */
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    @Mixin
    protected CommonOptions common;

    @Spec
    protected CommandSpec spec;

    /** The environment the configuration's overrides come from; tests give their own. */
    Map<String, String> environment = System.getenv();

    /** The command's work, with an open engine. Answers the exit code. */
    protected abstract int run(CrmEngine engine, String integration, PrintWriter out);

    /**
     * Checks the options before anything is opened or called; a bad one throws {@link #usage}, which
     * picocli answers with the message, the usage and exit code 64. Nothing to check by default.
     */
    protected void validate() {
    }

    /**
     * Reads the command's own keys of the configuration (already checked for unknown keys) before the
     * engine opens; a bad value throws {@link ConfigException}, answered with exit code 5. Nothing by default.
     */
    protected void configure(ConfigSource config) {
    }

    /** A bad command line, for {@link #validate}. */
    protected final CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /**
     * An engine already open, and the user acting, given by {@link CrmSyncCommand#executeWith}: the
     * command then runs on that engine (left open) as that user, whatever {@code --user} said.
     */
    private CrmEngine given;
    private String givenUser;

    final void useEngine(CrmEngine engine, String user) {
        this.given = engine;
        this.givenUser = user;
    }

    @Override
    public Integer call() {
        validate();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (given != null) {
            common.user = givenUser;
            return execute(given, given.settings(), out, err);
        }
        EngineSettings settings;
        try {
            ConfigSource config = ConfigSource.load(common.configFile(), environment);
            settings = EngineSettings.from(config);
            configure(config);
        } catch (ConfigException bad) {
            err.println("configuration error: " + bad.getMessage());
            return ExitCodes.CONFIG;
        }
        try (CrmEngine engine = CrmEngine.open(settings);
             StopSignals.Registration stop = StopSignals.onStop(
                     signal -> engine.stopRuns("the process received " + signal, STOP_WAIT))) {
            return execute(engine, settings, out, err);
        } catch (DataAccessError.Unavailable store) {
            return storeUnavailable(store, err);
        }
    }

    /** Runs the command on an open engine and turns every failure into a message and an exit code. */
    private int execute(CrmEngine engine, EngineSettings settings, PrintWriter out, PrintWriter err) {
        try {
            if (common.integrations.size() > 1 && !takesSeveralIntegrations()) {
                err.println("only watch takes --integration more than once");
                return ExitCodes.USAGE;
            }
            common.integrations.forEach(settings::integration);
            String integration = common.integrations.isEmpty() ? settings.integrations().keySet().iterator().next()
                    : common.integrations.get(0);
            return run(engine, integration, out);
        } catch (CommandLine.ParameterException badUsage) {
            throw badUsage;
        } catch (DataAccessError.Unavailable store) {
            return storeUnavailable(store, err);
        } catch (EngineException.Busy busy) {
            err.println(busy.getMessage());
            return ExitCodes.BUSY;
        } catch (EngineException.Disconnected disconnected) {
            err.println(disconnected.getMessage());
            return ExitCodes.DISCONNECTED;
        } catch (EngineException.BadRequest | EngineException.PermissionDenied refused) {
            err.println("refused: " + refused.getMessage());
            return ExitCodes.BAD_REQUEST;
        } catch (ErpException erp) {
            err.println("ERP: " + erp.getMessage());
            return ExitCodes.FAILURE;
        } catch (EngineException failure) {
            err.println("failed: " + failure.getMessage());
            return ExitCodes.FAILURE;
        } catch (RuntimeException unexpected) {
            LOG.error("unexpected failure", unexpected);
            err.println("internal error: " + unexpected);
            return ExitCodes.INTERNAL;
        }
    }

    private static int storeUnavailable(DataAccessError.Unavailable store, PrintWriter err) {
        LOG.debug("the CRM store could not be opened", store);
        return switch (store.reason()) {
            case IN_USE -> {
                err.println("the CRM store is in use: " + store.getMessage() + " (a run or watch holds it; an H2 URL"
                        + " without AUTO_SERVER=TRUE cannot be shared)");
                yield ExitCodes.BUSY;
            }
            case CREDENTIALS -> {
                err.println("configuration error: crm.db.user / crm.db.password: " + store.getMessage());
                yield ExitCodes.CONFIG;
            }
            case UNREACHABLE -> {
                err.println("configuration error: crm.db.url: " + store.getMessage());
                yield ExitCodes.CONFIG;
            }
        };
    }

    protected String user() {
        return common.user;
    }

    /** Whether the command serves several integrations named by a repeated {@code --integration}. */
    protected boolean takesSeveralIntegrations() {
        return false;
    }

    /** The integrations named by {@code --integration}, in order (empty when none was named). */
    protected List<String> namedIntegrations() {
        return List.copyOf(common.integrations);
    }

    /** The exit code a run's status maps to. */
    protected static int exitCode(RunReport report) {
        return switch (report.status()) {
            case SUCCESS -> ExitCodes.OK;
            case WARNING -> ExitCodes.WARNING;
            default -> ExitCodes.FAILURE;
        };
    }
}
