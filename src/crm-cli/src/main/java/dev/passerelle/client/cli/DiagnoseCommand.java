package dev.passerelle.client.cli;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.diagnose.Finding;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code crm-sync diagnose}. */
@Command(name = "diagnose", mixinStandardHelpOptions = true, description = {
        "Lists every record out of step (a company that should sync but has no ERP account, an ERP account that",
        "matches no company, a code still to type, a rejected record...) with the command that fixes it, on a line",
        "of its own, ready to run as printed.",
        "Exit code 0 when nothing needs a fix, 1 when something does."})
public class DiagnoseCommand extends EngineCommand {

    @Mixin
    FormatOption output = new FormatOption();

    @Override
    protected int run(CrmEngine engine, String integration, PrintWriter out) {
        List<Finding> findings = engine.diagnostics().findings();
        boolean needsAction = findings.stream().anyMatch(finding -> finding.kind().needsAction());
        if (output.format() == OutputFormat.JSON) {
            Table table = new Table("kind", "needs action", "integration", "entity", "CRM id", "ERP key", "what", "fix",
                    "alternative");
            findings.forEach(f -> table.row(f.kind().name(), f.kind().needsAction(), f.integration(), f.entity(), f.crmId(),
                    f.erpKey(), f.description(), f.fix(), f.alternative()));
            table.print(out, OutputFormat.JSON);
        } else if (findings.isEmpty()) {
            out.println("everything is in step");
        } else {
            findings.forEach(finding -> print(finding, out));
        }
        return needsAction ? ExitCodes.WARNING : ExitCodes.OK;
    }

    /** A finding as a block: its kind and record, what is wrong, then each command on a line of its own. */
    private static void print(Finding finding, PrintWriter out) {
        out.println(finding.kind() + (finding.integration() == null ? "" : "  " + finding.integration()) + "  "
                + finding.entity() + " " + finding.crmId() + (finding.erpKey() == null ? "" : "  (ERP key " + finding.erpKey() + ")")
                + (finding.kind().needsAction() ? "" : "  [information]"));
        for (String line : finding.description().split("\n")) {
            out.println("  " + line);
        }
        out.println("  fix:      " + finding.fix());
        if (finding.alternative() != null) {
            out.println("  or else:  " + finding.alternative());
        }
        out.println();
    }
}
