package dev.passerelle.console;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.cli.EngineCommand;
import dev.passerelle.client.cli.ExitCodes;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crm-sync console}: serves the web console on one interface until the process is stopped. The
 * console acts through the same engine methods as the commands, as the CRM user logged in, so the same
 * permissions apply.
 */
@Command(name = "console", mixinStandardHelpOptions = true, description = {
        "Serves the web console: dashboard (runs, ERP link, sync now, resync, resend, disconnect), errors tab,",
        "diagnose with its fixes as buttons, companies with live ERP figures, run logs and settings.",
        "CRM users log in with the password set by 'crm-sync users passwd LOGIN'. Listens on 127.0.0.1 unless",
        "--host says otherwise; put it behind a TLS-terminating proxy before opening it to a network."})
public class ConsoleCommand extends EngineCommand {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8081", description = "TCP port (default ${DEFAULT-VALUE}; 0: any free one).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Interface to listen on (default ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Override
    protected void validate() {
        if (port < 0 || port > 65_535) {
            throw usage("--port is 0 to 65535, was " + port);
        }
    }

    @Override
    protected int run(CrmEngine engine, String integration, PrintWriter out) {
        ConsoleServer server;
        try {
            server = ConsoleServer.start(engine, host, port);
        } catch (ConsoleException cannotListen) {
            spec.commandLine().getErr().println(cannotListen.getMessage());
            return ExitCodes.CONFIG;
        }
        try (server) {
            out.println("console on " + server.uri() + " (Ctrl-C stops it)");
            out.flush();
            server.join();
        }
        return ExitCodes.OK;
    }
}
