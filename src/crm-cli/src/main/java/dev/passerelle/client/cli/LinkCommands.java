package dev.passerelle.client.cli;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.link.CrmLinks;
import java.io.PrintWriter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The link commands: link, unlink, relink, merge. */
public final class LinkCommands {

    private LinkCommands() {
    }

    /** {@code crm-sync link}. */
    @Command(name = "link", mixinStandardHelpOptions = true, description = {
            "Links a CRM company to an existing ERP account that has no company.",
            "With --additional, links one more account to the company (one contract split over several ERP accounts),",
            "so that all their delivery addresses show on the company; an account that has a company is moved from it."})
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
    @Command(name = "unlink", mixinStandardHelpOptions = true, description = {
            "Breaks the link between an account and its company; the account becomes an orphan.",
            "An account the ERP deleted is removed from the CRM instead; its company, contacts and addresses stay."})
    public static class Unlink extends EngineCommand {
        @ArgGroup(exclusive = true, multiplicity = "1")
        AccountRef account;

        @Override
        protected int run(CrmEngine engine, String integration, PrintWriter out) {
            long accountId = account.resolve(engine, integration);
            if (engine.links().unlink(user(), accountId) == CrmLinks.Unlinked.REMOVED) {
                out.println("account " + accountId + " was deleted in the ERP: removed from the CRM, its company kept");
            } else {
                out.println("account " + accountId + " unlinked");
            }
            return ExitCodes.OK;
        }
    }

    /** {@code crm-sync merge}. */
    @Command(name = "merge", mixinStandardHelpOptions = true, description = {
            "Merges a company that has no ERP account into another: its contacts and addresses move, it goes.",
            "A company linked to an account is never merged away: move its accounts with relink first."})
    public static class Merge extends EngineCommand {
        @Option(names = "--from", required = true, paramLabel = "ID", description = "The company that goes.")
        long from;

        @Option(names = "--into", required = true, paramLabel = "ID", description = "The company that stays.")
        long into;

        @Override
        protected int run(CrmEngine engine, String integration, PrintWriter out) {
            engine.links().merge(user(), from, into);
            out.println("company " + from + " merged into company " + into);
            return ExitCodes.OK;
        }
    }

    /** {@code crm-sync relink}. */
    @Command(name = "relink", mixinStandardHelpOptions = true, description = {
            "Moves one account's link to another company, with the account's contacts and addresses.",
            "A company the account leaves keeps its other accounts; one left with no account goes,",
            "its own contacts and addresses merged into the new one."})
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
