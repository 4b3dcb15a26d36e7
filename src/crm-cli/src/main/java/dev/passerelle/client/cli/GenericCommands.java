package dev.passerelle.client.cli;

import dev.passerelle.client.CrmEngine;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crm-sync generic}: generic ERP accounts, to which a prospect is attached until it has an
 * account of its own, so that the ERP documents made for it show on it: mark an account generic, and
 * attach a prospect to one chosen by hand or by rule (the one whose name ends with the prospect's first
 * letter, else the one of its price category, else the first).
 */
@Command(name = "generic", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.USAGE,
        description = "Generic accounts for prospects: mark, unmark, attach a prospect.",
        subcommands = {GenericCommands.Mark.class, GenericCommands.Unmark.class, GenericCommands.Attach.class})
public class GenericCommands implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.USAGE;
    }

    /** {@code crm-sync generic mark}. */
    @Command(name = "mark", mixinStandardHelpOptions = true, description = "Marks an account as generic.")
    static class Mark extends EngineCommand {
        @ArgGroup(exclusive = true, multiplicity = "1")
        AccountRef account;

        @Override
        protected int run(CrmEngine engine, String integration, PrintWriter out) {
            long id = account.resolve(engine, integration);
            engine.links().setGeneric(id, true);
            out.println("account " + id + " is generic: prospects may be attached to it");
            return ExitCodes.OK;
        }
    }

    /** {@code crm-sync generic unmark}. */
    @Command(name = "unmark", mixinStandardHelpOptions = true, description = "Makes a generic account an ordinary one again.")
    static class Unmark extends EngineCommand {
        @ArgGroup(exclusive = true, multiplicity = "1")
        AccountRef account;

        @Override
        protected int run(CrmEngine engine, String integration, PrintWriter out) {
            long id = account.resolve(engine, integration);
            engine.links().setGeneric(id, false);
            out.println("account " + id + " is no longer generic");
            return ExitCodes.OK;
        }
    }

    /** {@code crm-sync generic attach}. */
    @Command(name = "attach", mixinStandardHelpOptions = true, description = {
            "Attaches a prospect to a generic account: one named (--account / --account-id),",
            "or chosen by rule (--by-rule, with --price-category for the second rule)."})
    static class Attach extends EngineCommand {
        @Option(names = "--company", required = true, paramLabel = "ID", description = "The prospect.")
        long company;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Choice choice;

        static final class Choice {
            @ArgGroup(exclusive = true)
            AccountRef account;

            @Option(names = "--by-rule", description = "Choose the generic account by rule.")
            boolean byRule;
        }

        @Option(names = "--price-category", paramLabel = "CODE", description = "With --by-rule: the prospect's price category.")
        String priceCategory;

        @Override
        protected int run(CrmEngine engine, String integration, PrintWriter out) {
            long generic;
            if (choice.byRule) {
                generic = engine.links().attachGenericByRule(company, integration, priceCategory);
            } else {
                generic = choice.account.resolve(engine, integration);
                engine.links().attachGeneric(company, generic);
            }
            out.println("company " + company + " attached to generic account " + generic);
            return ExitCodes.OK;
        }
    }
}
