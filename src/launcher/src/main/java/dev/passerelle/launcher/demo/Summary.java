package dev.passerelle.launcher.demo;

import dev.passerelle.client.run.Direction;
import dev.passerelle.client.run.RunReport;
import java.util.ArrayList;
import java.util.List;

/** What the demo did, for the closing summary. */
final class Summary {

    private final List<List<String>> rows = new ArrayList<>();

    void add(String what, RunReport report) {
        rows.add(List.of(what, report.status().toString(), DemoOutput.count(report.total(Direction.ERP_TO_CRM)),
                DemoOutput.count(report.total(Direction.CRM_TO_ERP)), DemoOutput.count(report.conflicts().size()),
                DemoOutput.count(report.rejected().size()), report.duration().toMillis() + " ms"));
    }

    void note(String what, long quantity) {
        rows.add(List.of(what, "", DemoOutput.count(quantity), "", "", "", ""));
    }

    void print(DemoOutput out) {
        out.table(List.of("step", "status", "ERP->CRM>", "CRM->ERP>", "conflicts>", "rejected>", "time>"), rows);
    }
}
