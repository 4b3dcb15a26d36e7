package dev.passerelle.client.cli;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.run.RunReport;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Commands on accounts: create-account, set-code, refresh-revenue, flag, purge-free-fields. */
public final class AccountCommands {

    private AccountCommands() {
    }

    /** {@code crm-sync create-account}. */
    @Command(name = "create-account", mixinStandardHelpOptions = true, description = {
            "The explicit 'create account' action: the company becomes an ERP account at the next run,",
            "with its contacts and addresses. The accounting code follows integration.<name>.code-mode."})
    public static class Create extends EngineCommand {
        @Option(names = "--company", required = true, paramLabel = "ID", description = "The CRM company.")
        long company;

        @Option(names = "--code", paramLabel = "CODE", description = "Accounting code (free mode; else [PENDING] until set).")
        String code;

        @Override
        protected int run(CrmEngine engine, String integration, PrintWriter out) {
            long account = engine.edits().createAccount(user(), company, integration, code);
            out.println("account " + account + " created for company " + company + "; the next run sends it to the ERP");
            return ExitCodes.OK;
        }
    }

    /** {@code crm-sync set-code}. */
    @Command(name = "set-code", mixinStandardHelpOptions = true,
            description = "Types the accounting code of an account (one waiting with [PENDING] in free mode).")
    public static class SetCode extends EngineCommand {
        @Option(names = "--account-id", required = true, paramLabel = "ID", description = "The account's CRM id.")
        long account;

        @Option(names = "--code", required = true, paramLabel = "CODE", description = "At most 17 upper-case letters and digits.")
        String code;

        @Override
        protected int run(CrmEngine engine, String integration, PrintWriter out) {
            engine.edits().setAccountCode(account, code);
            out.println("account " + account + " has code " + code);
            return ExitCodes.OK;
        }
    }

    /** {@code crm-sync refresh-revenue}. */
    @Command(name = "refresh-revenue", mixinStandardHelpOptions = true,
            description = "Reads revenue this year and last year of every account from the ERP again, now.")
    public static class RefreshRevenue extends EngineCommand {
        @Override
        protected int run(CrmEngine engine, String integration, PrintWriter out) {
            RunReport report = engine.refreshRevenue(user(), integration);
            ReportPrinter.print(report, out);
            return exitCode(report);
        }
    }

    /** {@code crm-sync flag}. */
    @Command(name = "flag", mixinStandardHelpOptions = true,
            description = "Sets the per-company flags: never sync (until cleared), not this time (next run only).")
    public static class Flag extends EngineCommand {
        @Option(names = "--company", required = true, paramLabel = "ID", description = "The CRM company.")
        long company;

        @Option(names = "--never-sync", arity = "1", paramLabel = "true|false", description = "Exclude until cleared.")
        Boolean neverSync;

        @Option(names = "--not-this-time", arity = "1", paramLabel = "true|false", description = "Skip the next run only.")
        Boolean notThisTime;

        @Override
        protected void validate() {
            if (neverSync == null && notThisTime == null) {
                throw usage("give --never-sync true|false, --not-this-time true|false, or both");
            }
        }

        @Override
        protected int run(CrmEngine engine, String integration, PrintWriter out) {
            if (neverSync != null) {
                engine.edits().setNeverSync(company, neverSync);
            }
            if (notThisTime != null) {
                engine.edits().setNotThisTime(company, notThisTime);
            }
            out.println("company " + company + " flags updated");
            return ExitCodes.OK;
        }
    }

    /** {@code crm-sync purge-free-fields}. */
    @Command(name = "purge-free-fields", mixinStandardHelpOptions = true,
            description = "Deletes the free fields no longer replicated (deleted or retyped in the ERP) and their values.")
    public static class PurgeFreeFields extends EngineCommand {
        @Override
        protected int run(CrmEngine engine, String integration, PrintWriter out) {
            out.println(engine.purgeFreeFields(integration) + " free field(s) purged");
            return ExitCodes.OK;
        }
    }
}
