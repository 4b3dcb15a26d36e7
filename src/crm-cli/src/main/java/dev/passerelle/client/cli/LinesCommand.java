package dev.passerelle.client.cli;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.cli.ExitCodes;
import dev.passerelle.client.rtdv.RtdvClient;
import dev.passerelle.client.rtdv.RtdvTarget;
import dev.passerelle.contract.v1.DocumentType;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rtdv lines}: lines of the account's documents by type, dates, document number and item. */
@Command(name = "lines", mixinStandardHelpOptions = true,
        description = "Lines of the documents, newest document first, by type, dates, document number and item reference.")
final class LinesCommand extends ListingCommand {

    @Option(names = "--type", paramLabel = "TYPE", converter = DocumentTypes.class, description = "Document type, repeatable: ${COMPLETION-CANDIDATES}.")
    List<DocumentType> types = new ArrayList<>();

    @Option(names = "--number", paramLabel = "NUMBER", description = "Only the lines of this document number.")
    String number;

    @Option(names = "--item", paramLabel = "REFERENCE", description = "Only the lines of this item reference.")
    String item;

    @Override
    protected int run(CrmEngine engine, String integration, PrintWriter out) {
        RtdvTarget target = target(engine, integration);
        RtdvClient.DocumentFilter filter = new RtdvClient.DocumentFilter(types, listing.from, listing.to, null, number, item);
        printer(out).lines(target, client(engine, integration).lines(target, filter, page()));
        return ExitCodes.OK;
    }
}
