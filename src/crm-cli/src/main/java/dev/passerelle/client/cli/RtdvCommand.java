package dev.passerelle.client.cli;

import dev.passerelle.client.cli.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code crm-sync rtdv}: real-time ERP figures of a CRM company (by CRM id or name, resolved through
 * the identity map; a prospect attached to a generic account sees the documents printed with its
 * name) or of an ERP account key, printed as tables. Nothing is stored.
 */
@Command(name = "rtdv", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.USAGE,
        description = "Real-time ERP figures of a company: solvency, totals, invoices, ledger entries, documents, lines.",
        subcommands = {SolvencyCommand.class, TotalsCommand.class, InvoicesCommand.class, LedgerCommand.class,
                DocumentsCommand.class, DocumentCommand.class, LinesCommand.class})
public class RtdvCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.USAGE;
    }
}
