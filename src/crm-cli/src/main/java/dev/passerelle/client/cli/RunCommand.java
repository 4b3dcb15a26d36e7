package dev.passerelle.client.cli;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.run.ProgressListener;
import dev.passerelle.client.run.RunMode;
import dev.passerelle.client.run.RunReport;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crm-sync run}: one delta run now ("sync now"). */
@Command(name = "run", mixinStandardHelpOptions = true, description = {
        "Runs one synchronisation now: ERP changes in (conflicts: the ERP wins field by field), CRM changes out.",
        "Exit code 0 success, 1 warnings (records rejected or held), 2 failure, 3 busy."})
public class RunCommand extends EngineCommand {

    @Option(names = "--no-progress", description = "Do not show a progress bar.")
    boolean noProgress;

    RunMode mode() {
        return RunMode.DELTA;
    }

    @Override
    protected int run(CrmEngine engine, String integration, PrintWriter out) {
        RunReport report;
        if (noProgress) {
            report = engine.run(user(), integration, mode(), ProgressListener.NONE);
        } else {
            try (Bars bars = new Bars()) {
                report = engine.run(user(), integration, mode(), bars);
            }
        }
        ReportPrinter.print(report, out);
        return exitCode(report);
    }

    /** {@code crm-sync resync}: every ERP record again, ERP to CRM. */
    @Command(name = "resync", mixinStandardHelpOptions = true, description = {
            "Re-reads every ERP record from a full snapshot (ERP -> CRM), then sends the CRM's pending changes.",
            "Catches ERP changes made without moving the change pointers."})
    public static class Resync extends RunCommand {
        @Override
        RunMode mode() {
            return RunMode.RESYNC_ALL;
        }
    }

    /** {@code crm-sync resend}: every linked CRM record again, CRM to ERP. */
    @Command(name = "resend", mixinStandardHelpOptions = true, description =
            "Sends every linked CRM record to the ERP again (CRM -> ERP), after reading the ERP's changes.")
    public static class Resend extends RunCommand {
        @Override
        RunMode mode() {
            return RunMode.RESEND_ALL;
        }
    }
}
