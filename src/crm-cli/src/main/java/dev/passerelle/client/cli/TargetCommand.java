package dev.passerelle.client.cli;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.cli.EngineCommand;
import dev.passerelle.client.rtdv.RtdvClient;
import dev.passerelle.client.rtdv.RtdvTarget;
import dev.passerelle.client.rtdv.RtdvTargets;
import dev.passerelle.client.run.EngineException;
import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** An rtdv sub-command about one company or ERP account, with the options they share. */
abstract class TargetCommand extends EngineCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "COMPANY", description = "The CRM company: its id or its exact name.")
    String company;

    @Option(names = "--erp-key", paramLabel = "KEY", description = "An ERP account key instead of a company.")
    String erpKey;

    @Mixin
    FormatOption output = new FormatOption();

    /** Prints the answer as the --format option says. */
    RtdvPrinter printer(PrintWriter out) {
        return new RtdvPrinter(out, output.format());
    }

    RtdvTarget target(CrmEngine engine, String integration) {
        if ((company == null) == (erpKey == null)) {
            throw new EngineException.BadRequest("name either a COMPANY or an --erp-key");
        }
        return erpKey != null ? RtdvTarget.ofErpKey(erpKey) : new RtdvTargets(engine.store().jdbi()).company(integration, company);
    }

    static RtdvClient client(CrmEngine engine, String integration) {
        return new RtdvClient(engine.transport(integration));
    }

    /** Options of the listing sub-commands. */
    static final class Listing {
        @Option(names = "--from", paramLabel = "DATE", description = "First date included (YYYY-MM-DD).")
        LocalDate from;

        @Option(names = "--to", paramLabel = "DATE", description = "Last date included (YYYY-MM-DD).")
        LocalDate to;

        @Option(names = "--page", paramLabel = "N", defaultValue = "1", description = "Page number, from 1 (default ${DEFAULT-VALUE}).")
        int page;

        @Option(names = "--size", paramLabel = "N", defaultValue = "50", description = "Rows per page (default ${DEFAULT-VALUE}).")
        int size;

        /** The page asked for; a page before the first, or a size out of 1 to {@value #MAX_SIZE}, is bad usage. */
        RtdvClient.Page asPage(CommandLine command) {
            if (page < 1) {
                throw new CommandLine.ParameterException(command, "--page counts from 1, was " + page);
            }
            if (size < 1 || size > MAX_SIZE) {
                throw new CommandLine.ParameterException(command, "--size is 1 to " + MAX_SIZE + ", was " + size);
            }
            return new RtdvClient.Page(page, size);
        }

        /** The largest page the command shows (the endpoint's own limit applies too; 1,000 by default). */
        static final int MAX_SIZE = 1000;
    }
}
