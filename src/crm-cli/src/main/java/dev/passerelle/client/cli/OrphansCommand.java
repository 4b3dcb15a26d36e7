package dev.passerelle.client.cli;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.link.CrmLinks;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crm-sync orphans}. */
@Command(name = "orphans", mixinStandardHelpOptions = true, description = {
        "Lists accounts with no company and secondary accounts of a company.",
        "--create-company ID creates a company for one; --all for every account with no company",
        "(and secondary accounts too with --include-secondary)."})
public class OrphansCommand extends EngineCommand {

    @Mixin
    FormatOption output = new FormatOption();

    @Option(names = "--create-company", paramLabel = "ACCOUNT_ID", description = "Create a company for this account.")
    Long createFor;

    @Option(names = "--all", description = "Create companies for all accounts with no company.")
    boolean all;

    @Option(names = "--include-secondary", description = "With --all, secondary accounts get their own company too.")
    boolean includeSecondary;

    @Override
    protected int run(CrmEngine engine, String integration, PrintWriter out) {
        if (createFor != null) {
            out.println("company " + engine.links().createCompanyFor(user(), createFor) + " created for account " + createFor);
            return ExitCodes.OK;
        }
        if (all) {
            int created = engine.links().createCompaniesForAll(user(), integration, includeSecondary);
            out.println(created == 1 ? "1 company created" : created + " companies created");
            return ExitCodes.OK;
        }
        List<CrmLinks.Orphan> orphans = engine.links().orphans(integration);
        Table table = new Table("account id", "ERP key", "code", "name", "company", "why");
        orphans.forEach(o -> table.row(o.accountId(), o.erpKey(), o.accountCode(), o.name(), o.companyId(), o.reason()));
        table.print(out, output.format());
        return ExitCodes.OK;
    }
}
