package dev.passerelle.client.cli;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.cli.ExitCodes;
import dev.passerelle.client.rtdv.RtdvTarget;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rtdv invoices}: invoices and credit notes, newest first, with what remains to pay. */
@Command(name = "invoices", mixinStandardHelpOptions = true,
        description = "Invoices and credit notes, newest first: dates, net, gross, paid, remaining.")
final class InvoicesCommand extends ListingCommand {

    @Option(names = "--unpaid", description = "Only invoices with an amount remaining.")
    boolean unpaid;

    @Override
    protected int run(CrmEngine engine, String integration, PrintWriter out) {
        RtdvTarget target = target(engine, integration);
        printer(out).invoices(target,
                client(engine, integration).invoices(target, listing.from, listing.to, unpaid, page()));
        return ExitCodes.OK;
    }
}
