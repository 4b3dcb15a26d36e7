package dev.passerelle.client.cli;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.admin.RunHistory;
import dev.passerelle.client.run.EngineException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crm-sync log}: past runs, or the log of one run. */
@Command(name = "log", mixinStandardHelpOptions = true,
        description = "Lists the last runs, or with --run the counts and log (conflicts, warnings, errors) of one run.")
public class LogCommand extends EngineCommand {

    @Option(names = "--run", paramLabel = "ID", description = "Show this run in detail.")
    Long runId;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Rows to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    FormatOption output = new FormatOption();

    @Override
    protected void validate() {
        if (limit < 1) {
            throw usage("--limit must be at least 1, was " + limit);
        }
    }

    @Override
    protected int run(CrmEngine engine, String integration, PrintWriter out) {
        RunHistory history = engine.history();
        if (runId == null) {
            Table runs = new Table("run", "mode", "status", "started (UTC)", "ms");
            history.runs(integration, limit).forEach(run -> runs.row(run.id(), run.mode(), run.status(), run.startedAt(), run.durationMs()));
            runs.print(out, output.format());
            return ExitCodes.OK;
        }
        if (!history.exists(runId)) {
            throw new EngineException.BadRequest("no run " + runId + " (crm-sync log lists the runs)");
        }
        Table counts = new Table("entity", "direction", "outcome", "records");
        history.counts(runId).forEach(count -> counts.row(count.entity(), count.direction(), count.outcome(), count.quantity()));
        Table log = new Table("time", "level", "kind", "entity", "record", "field", "CRM", "ERP", "message");
        history.log(runId, limit).forEach(line -> log.row(line.loggedAt(), line.level(), line.kind(), line.entity(), line.record(),
                line.field(), line.crmValue(), line.erpValue(), line.message()));
        if (output.format() == OutputFormat.JSON) {
            out.println("{\"counts\": " + counts.json() + ",\n\"log\": " + log.json() + "}");
            return ExitCodes.OK;
        }
        counts.print(out);
        out.println();
        log.print(out);
        return ExitCodes.OK;
    }
}
