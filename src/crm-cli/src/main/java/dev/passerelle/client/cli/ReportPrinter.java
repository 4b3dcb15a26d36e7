package dev.passerelle.client.cli;

import dev.passerelle.client.run.RunReport;
import java.io.PrintWriter;

/** Prints a run report as readable tables. */
public final class ReportPrinter {

    private ReportPrinter() {
    }

    public static void print(RunReport report, PrintWriter out) {
        out.printf("run %d of '%s' (%s): %s in %.1f s%n", report.runId(), report.integration(), report.mode(),
                report.status(), report.duration().toMillis() / 1000.0);
        Table counts = new Table("entity", "direction", "outcome", "records");
        report.counts().forEach(count -> counts.row(count.entity(), count.direction(), count.outcome(), count.quantity()));
        if (!counts.isEmpty()) {
            counts.print(out);
        }
        if (!report.conflicts().isEmpty()) {
            out.println();
            out.println("conflicts (changed on both sides):");
            Table conflicts = new Table("entity", "record", "field", "CRM value", "ERP value", "winner");
            report.conflicts().forEach(c -> conflicts.row(c.entity(), c.record(), c.field(), c.crmValue(), c.erpValue(), c.winner()));
            conflicts.print(out);
        }
        if (!report.keysReturned().isEmpty()) {
            out.println();
            out.println("keys returned by the ERP:");
            Table keys = new Table("entity", "CRM id", "ERP key", "account code");
            report.keysReturned().forEach(k -> keys.row(k.entity(), k.crmId(), k.erpKey(), k.accountCode()));
            keys.print(out);
        }
        if (!report.rejected().isEmpty()) {
            out.println();
            out.println("rejected (waiting in the error queue):");
            Table rejected = new Table("entity", "CRM id", "status", "field errors");
            report.rejected().forEach(r -> rejected.row(r.entity(), r.crmId(), r.status(), String.join("; ", r.fieldErrors())));
            rejected.print(out);
        }
        report.warnings().stream().limit(20).forEach(warning -> out.println("warning: " + warning));
        if (report.warnings().size() > 20) {
            out.println("... " + (report.warnings().size() - 20) + " more warnings (crm-sync log)");
        }
        report.errors().forEach(error -> out.println("error: " + error));
        out.flush();
    }
}
