package dev.passerelle.launcher;

import dev.passerelle.client.cli.CrmSyncCommand;
import dev.passerelle.console.ConsoleCommand;
import dev.passerelle.launcher.demo.DemoCommand;
import dev.passerelle.server.cli.ErpServerCommand;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
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
                CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        CommandLine line = commandLine();
        // UTF-8 whatever the machine's locale: the product prints names with accents.
        line.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        line.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        System.exit(line.execute(args));
    }

    /**
     * The product's commands, and the tools found on the class path ({@link Tool}). {@code crm-sync
     * console} is added here, from its own module, so that the engine library stays free of web concerns.
     */
    public static CommandLine commandLine() {
        CommandLine line = new CommandLine(new Main());
        line.getSubcommands().get("crm-sync").addSubcommand("console", new ConsoleCommand());
        for (Tool tool : ServiceLoader.load(Tool.class)) {
            line.addSubcommand(tool);
        }
        return line;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}
