package dev.passerelle.client.cli;

import dev.passerelle.client.CrmEngine;
import java.io.PrintWriter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The link commands: link, unlink, relink. */
public final class LinkCommands {

    private LinkCommands() {
    }

    /** {@code crm-sync link}. */
    @Command(name = "link", mixinStandardHelpOptions = true, description = {
            "Links a CRM company to an existing ERP account that has no company.",
            "With --additional, links one more account to the company (one contract split over several ERP accounts),",
            "so that all their delivery addresses show on the company."})
    public static class Link extends EngineCommand {
        @Option(names = "--company", required = true, paramLabel = "ID", description = "The CRM company.")
        long company;

        @ArgGroup(exclusive = true, multiplicity = "1")
        AccountRef account;

        @Option(names = "--additional", description = "Link as an additional (secondary) account.")
        boolean additional;

        @Override
        protected int run(CrmEngine engine, String integration, PrintWriter out) {
            long accountId = account.resolve(engine, integration);
            if (additional) {
                engine.links().linkAdditional(user(), company, accountId);
            } else {
                engine.links().link(user(), company, accountId);
            }
            out.println("account " + accountId + " linked to company " + company + (additional ? " (additional)" : ""));
            return ExitCodes.OK;
        }
    }

    /** {@code crm-sync unlink}. */
    @Command(name = "unlink", mixinStandardHelpOptions = true,
            description = "Breaks the link between an account and its company; the account becomes an orphan.")
    public static class Unlink extends EngineCommand {
        @ArgGroup(exclusive = true, multiplicity = "1")
        AccountRef account;

        @Override
        protected int run(CrmEngine engine, String integration, PrintWriter out) {
            long accountId = account.resolve(engine, integration);
            engine.links().unlink(user(), accountId);
            out.println("account " + accountId + " unlinked");
            return ExitCodes.OK;
        }
    }

    /** {@code crm-sync relink}. */
    @Command(name = "relink", mixinStandardHelpOptions = true, description = {
            "Moves an account's link to another company. The old company is removed;",
            "its contacts, addresses and other accounts are merged into the new one."})
    public static class Relink extends EngineCommand {
        @ArgGroup(exclusive = true, multiplicity = "1")
        AccountRef account;

        @Option(names = "--to-company", required = true, paramLabel = "ID", description = "The company to link to.")
        long toCompany;

        @Override
        protected int run(CrmEngine engine, String integration, PrintWriter out) {
            long accountId = account.resolve(engine, integration);
            engine.links().relink(user(), accountId, toCompany);
            out.println("account " + accountId + " moved to company " + toCompany);
            return ExitCodes.OK;
        }
    }
}
