package dev.passerelle.client.cli;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.cli.EngineCommand;
import dev.passerelle.client.cli.ExitCodes;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code rtdv document KEY}: one document with its lines (keys are listed by documents and invoices). */
@Command(name = "document", mixinStandardHelpOptions = true,
        description = "One document with its lines; its key is shown by the documents and invoices commands.")
final class DocumentCommand extends EngineCommand {

    @Parameters(index = "0", paramLabel = "DOCUMENT_KEY", description = "The document's ERP key.")
    String documentKey;

    @Mixin
    FormatOption output = new FormatOption();

    @Override
    protected int run(CrmEngine engine, String integration, PrintWriter out) {
        new RtdvPrinter(out, output.format()).document(TargetCommand.client(engine, integration).document(documentKey));
        return ExitCodes.OK;
    }
}
