package dev.passerelle.client.cli;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.cli.ExitCodes;
import dev.passerelle.client.rtdv.RtdvTarget;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rtdv ledger}: the account's ledger entries, newest first. */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = "Ledger entries, newest first: journal, date, piece, label, debit, credit, due date, lettering.")
final class LedgerCommand extends ListingCommand {

    @Option(names = "--unlettered", description = "Only entries not yet lettered.")
    boolean unlettered;

    @Override
    protected int run(CrmEngine engine, String integration, PrintWriter out) {
        RtdvTarget target = target(engine, integration);
        printer(out).ledger(target,
                client(engine, integration).ledger(target, listing.from, listing.to, unlettered, page()));
        return ExitCodes.OK;
    }
}
