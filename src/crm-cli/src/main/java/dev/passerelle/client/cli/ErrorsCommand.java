package dev.passerelle.client.cli;

import dev.passerelle.client.CrmEngine;
import java.io.PrintWriter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crm-sync errors}: the errors tab. */
@Command(name = "errors", mixinStandardHelpOptions = true, description = {
        "Lists the CRM records the ERP rejected, with its field errors. They are retried every run.",
        "--stop ID takes one out of the flow; --reactivate ID puts it back after it is fixed;",
        "--recreate ID sends one the ERP no longer knows (answered NOT_FOUND) as a new record."})
public class ErrorsCommand extends EngineCommand {

    static final class Action {
        @Option(names = "--stop", paramLabel = "ID", description = "Stop syncing this record.")
        Long stop;

        @Option(names = "--reactivate", paramLabel = "ID", description = "Put this record back in the flow.")
        Long reactivate;

        @Option(names = "--recreate", paramLabel = "ID",
                description = "Send a record the ERP answered NOT_FOUND (it no longer knows its key) again as a new record.")
        Long recreate;
    }

    @ArgGroup(exclusive = true)
    Action action;

    @Mixin
    FormatOption output = new FormatOption();

    @Override
    protected int run(CrmEngine engine, String integration, PrintWriter out) {
        if (action != null && action.stop != null) {
            engine.errors().stop(action.stop);
            out.println("record " + action.stop + " taken out of the flow");
            return ExitCodes.OK;
        }
        if (action != null && action.recreate != null) {
            engine.errors().recreate(action.recreate);
            out.println("record " + action.recreate + " will be created in the ERP again by the next run");
            return ExitCodes.OK;
        }
        if (action != null && action.reactivate != null) {
            engine.errors().reactivate(action.reactivate);
            out.println("record " + action.reactivate + " back in the flow; the next run sends it");
            return ExitCodes.OK;
        }
        Table table = new Table("id", "integration", "entity", "CRM id", "status", "attempts", "stopped", "field errors");
        engine.errors().list().forEach(error -> table.row(error.id(), error.integration(), error.entity(), error.crmId(),
                error.status(), error.attempts(), error.stopped() ? "yes" : "", error.fieldErrors()));
        table.print(out, output.format());
        return table.isEmpty() ? ExitCodes.OK : ExitCodes.WARNING;
    }
}
