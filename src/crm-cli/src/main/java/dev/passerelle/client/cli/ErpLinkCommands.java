package dev.passerelle.client.cli;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.run.ErpLinkState;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crm-sync disconnect} and {@code reconnect}: take an integration off its ERP for exclusive ERP jobs, and back. */
public final class ErpLinkCommands {

    private ErpLinkCommands() {
    }

    /** {@code crm-sync disconnect}. */
    @Command(name = "disconnect", mixinStandardHelpOptions = true, description = {
            "Disconnects the integration from its ERP so that exclusive ERP jobs (maintenance, free-field changes,",
            "price updates, archiving) can run. Until 'reconnect' nothing is sent to or read from that ERP: run, resync,",
            "resend, create-account, refresh-revenue and rtdv exit with code 6, watch skips its turns. CRM edits keep",
            "queuing and leave with the first run after reconnecting. Needs the 'disconnect' permission; waits for no",
            "run: exit code 3 while one is in progress."})
    public static class Disconnect extends EngineCommand {
        @Option(names = "--reason", paramLabel = "TEXT", description = "Why, shown by status (e.g. \"price update\").")
        String reason;

        @Override
        protected int run(CrmEngine engine, String integration, PrintWriter out) {
            ErpLinkState state = engine.erpLinks().disconnect(user(), integration, reason);
            out.println("integration '" + integration + "' " + state.describe());
            return ExitCodes.OK;
        }
    }

    /** {@code crm-sync reconnect}. */
    @Command(name = "reconnect", mixinStandardHelpOptions = true, description = {
            "Reconnects the integration to its ERP; the next run (or watch turn) sends what the CRM queued meanwhile.",
            "Needs the 'disconnect' permission."})
    public static class Reconnect extends EngineCommand {
        @Override
        protected int run(CrmEngine engine, String integration, PrintWriter out) {
            ErpLinkState state = engine.erpLinks().reconnect(user(), integration);
            out.println("integration '" + integration + "' " + state.describe());
            return ExitCodes.OK;
        }
    }
}
