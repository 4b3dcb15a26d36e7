package dev.passerelle.client.cli;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.cli.RtdvCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code crm-sync}: the CRM sync engine's command line. Every sub-command takes {@code --config FILE},
 * {@code --integration NAME} and {@code --user LOGIN}, and answers {@code --help}. Exit codes are
 * listed in {@link ExitCodes}. A command added later (such as {@code rtdv}) extends
 * {@link EngineCommand} and is added to the {@code subcommands} list below.
 */
@Command(name = "crm-sync", mixinStandardHelpOptions = true, version = "crm-sync 1.0",
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        description = {"The CRM sync engine: keeps the CRM store in step with an ERP endpoint.",
                "Configuration: --config FILE (see client/crm-sync.sample.properties) and PASSERELLE_* variables.",
                "Exit codes: 0 ok, 1 warnings, 2 run failed, 3 busy, 4 refused, 5 bad configuration,",
                "6 disconnected from the ERP, 64 bad usage, 70 internal error."},
        subcommands = {
                RunCommand.class, WatchCommand.class, RunCommand.Resync.class, RunCommand.Resend.class,
                StatusCommand.class, CheckConnectionCommand.class, LogCommand.class, ErrorsCommand.class,
                LinkCommands.Link.class, LinkCommands.Unlink.class, LinkCommands.Relink.class, LinkCommands.Merge.class,
                AccountCommands.Create.class, AccountCommands.SetCode.class, AccountCommands.RefreshRevenue.class,
                OrphansCommand.class, DiagnoseCommand.class, AccountCommands.Flag.class,
                AccountCommands.PurgeFreeFields.class, RtdvCommand.class,
                ErpLinkCommands.Disconnect.class, ErpLinkCommands.Reconnect.class, UsersCommand.class,
                CompanyCommands.class, ChildCommands.Contact.class, ChildCommands.Address.class, GenericCommands.class,
                StoreCommand.class,
        })
public class CrmSyncCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.USAGE;
    }

    /** What a command printed, and its exit code. */
    public record Outcome(int exitCode, String out, String err) {
    }

    /**
     * Runs a crm-sync command line (without the leading {@code crm-sync}) on an engine already open, as
     * {@code user}: the same command, the same engine methods and the same permission checks as typed in
     * a shell with {@code --user}, the engine left open. Answers what it printed and its exit code. For
     * the web console, which runs the fix commands diagnose prints.
     */
    public static Outcome executeWith(CrmEngine engine, String user, List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(new CrmSyncCommand(), new CommandLine.IFactory() {
            private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

            @Override
            public <K> K create(Class<K> type) throws Exception {
                K made = fallback.create(type);
                if (made instanceof EngineCommand command) {
                    command.useEngine(engine, user);
                }
                return made;
            }
        });
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int exit = line.execute(args.toArray(String[]::new));
        return new Outcome(exit, out.toString(), err.toString());
    }

    /** Runs the command line as a program would, answering the exit code. */
    public static int execute(String... args) {
        return new CommandLine(new CrmSyncCommand()).execute(args);
    }
}
