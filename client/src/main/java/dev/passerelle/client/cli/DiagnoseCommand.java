package dev.passerelle.client.cli;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.Diagnostics;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code crm-sync diagnose}. */
@Command(name = "diagnose", mixinStandardHelpOptions = true, description = {
        "Lists every record out of step (a company that should sync but has no ERP account, an ERP account that",
        "matches no company, a code still to type, a rejected record...) with the command that fixes it.",
        "Exit code 0 when all is in step, 1 when something was found."})
public class DiagnoseCommand extends EngineCommand {

    @Override
    protected int run(CrmEngine engine, String integration, PrintWriter out) {
        List<Diagnostics.Finding> findings = engine.diagnostics().findings();
        if (findings.isEmpty()) {
            out.println("everything is in step");
            return ExitCodes.OK;
        }
        Table table = new Table("kind", "integration", "entity", "CRM id", "ERP key", "what", "fix");
        findings.forEach(f -> table.row(f.kind(), f.integration(), f.entity(), f.crmId(), f.erpKey(), f.description(), f.fix()));
        table.print(out);
        return ExitCodes.WARNING;
    }
}
