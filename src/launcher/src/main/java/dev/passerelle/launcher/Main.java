package dev.passerelle.launcher;

import dev.passerelle.client.cli.CrmSyncCommand;
import dev.passerelle.launcher.bench.BenchCommand;
import dev.passerelle.launcher.demo.DemoCommand;
import dev.passerelle.server.cli.ErpServerCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The one entry point behind {@code ./passerelle}: dispatches to the product's programs.
 */
@Command(name = "passerelle",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "CRM <-> ERP integration over the Passerelle SOAP contract.",
        subcommands = {
                ErpServerCommand.class,
                CrmSyncCommand.class,
                DemoCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}
