package dev.passerelle.client.cli;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.cli.ExitCodes;
import dev.passerelle.client.rtdv.RtdvTarget;
import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rtdv totals}: net and gross by document type over a period, revenue this year and last. */
@Command(name = "totals", mixinStandardHelpOptions = true,
        description = "Net and gross amounts by document type over a period (default: this calendar year), revenue this year and last.")
final class TotalsCommand extends TargetCommand {

    @Option(names = "--from", paramLabel = "DATE", description = "First date included (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last date included (YYYY-MM-DD).")
    LocalDate to;

    @Override
    protected int run(CrmEngine engine, String integration, PrintWriter out) {
        RtdvTarget target = target(engine, integration);
        printer(out).totals(target, client(engine, integration).totals(target, from, to));
        return ExitCodes.OK;
    }
}
