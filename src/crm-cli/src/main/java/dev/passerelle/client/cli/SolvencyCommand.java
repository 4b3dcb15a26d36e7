package dev.passerelle.client.cli;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.cli.ExitCodes;
import dev.passerelle.client.rtdv.RtdvTarget;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code rtdv solvency}: balances, credit and risk of a company's account. */
@Command(name = "solvency", mixinStandardHelpOptions = true,
        description = "Accounting and commercial balance, credit limit and available credit, overdue amount, risk code.")
final class SolvencyCommand extends TargetCommand {

    @Override
    protected int run(CrmEngine engine, String integration, PrintWriter out) {
        RtdvTarget target = target(engine, integration);
        printer(out).solvency(target, client(engine, integration).solvency(target));
        return ExitCodes.OK;
    }
}
