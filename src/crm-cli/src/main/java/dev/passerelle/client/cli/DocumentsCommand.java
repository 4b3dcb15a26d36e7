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

/** {@code rtdv documents}: commercial documents by type, dates and free text, newest first. */
@Command(name = "documents", mixinStandardHelpOptions = true,
        description = "Commercial documents, newest first, by type, dates and free text (number, reference, customer name).")
final class DocumentsCommand extends ListingCommand {

    @Option(names = "--type", paramLabel = "TYPE", converter = DocumentTypes.class, description = "Document type, repeatable: ${COMPLETION-CANDIDATES}.")
    List<DocumentType> types = new ArrayList<>();

    @Option(names = "--search", paramLabel = "TEXT", description = "Text to find, ignoring case.")
    String search;

    @Override
    protected int run(CrmEngine engine, String integration, PrintWriter out) {
        RtdvTarget target = target(engine, integration);
        RtdvClient.DocumentFilter filter = new RtdvClient.DocumentFilter(types, listing.from, listing.to, search, null, null);
        printer(out).documents(target, client(engine, integration).documents(target, filter, page()));
        return ExitCodes.OK;
    }
}
