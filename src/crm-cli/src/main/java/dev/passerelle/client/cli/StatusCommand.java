package dev.passerelle.client.cli;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.admin.EngineStatus;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code crm-sync status}: where each integration stands. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Shows each integration: last run, when crm-sync watch last found nothing to exchange, records waiting to go to the ERP, queued errors, who is running it,",
                "and its link to the ERP (connected, or disconnected by whom, when and why)."})
public class StatusCommand extends EngineCommand {

    @Mixin
    FormatOption output = new FormatOption();

    @Override
    protected int run(CrmEngine engine, String integration, PrintWriter out) {
        Table table = new Table("integration", "ERP", "last run", "status", "up to date at", "pending out>", "errors>",
                "running", "ERP link");
        for (String name : engine.settings().integrations().keySet()) {
            EngineStatus status = engine.status(name);
            table.row(name, engine.settings().integration(name).erpUrl(), status.lastRunAt(), status.lastStatus(),
                    status.checkedAt(), status.pendingOut(), status.queuedErrors(), status.runningBy(), status.erpLink().describe());
        }
        table.print(out, output.format());
        return ExitCodes.OK;
    }
}
