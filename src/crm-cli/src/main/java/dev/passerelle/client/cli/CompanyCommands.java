package dev.passerelle.client.cli;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.edit.NewCompany;
import dev.passerelle.client.run.EngineException;
import dev.passerelle.client.store.CompanyReads;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crm-sync company}: what a CRM user does to companies, for an administrator without the CRM's
 * screens or Java: find, show, add, edit, delete. Every value is checked when typed (formats, the ERP's
 * lists, unique accounting codes), and an edit goes to the ERP with the next run.
 */
@Command(name = "company", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.USAGE,
        description = "Companies: list, show, add, edit, delete.",
        subcommands = {CompanyCommands.ListCompanies.class, CompanyCommands.Show.class, CompanyCommands.Add.class,
                CompanyCommands.Edit.class, CompanyCommands.Delete.class})
public class CompanyCommands implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.USAGE;
    }

    /** {@code crm-sync company list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists companies whose name contains a text.")
    static class ListCompanies extends EngineCommand {
        @Option(names = "--name", paramLabel = "TEXT", defaultValue = "", description = "Part of the name, any case.")
        String name;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "Rows to show (default ${DEFAULT-VALUE}).")
        int limit;

        @Mixin
        FormatOption output = new FormatOption();

        @Override
        protected void validate() {
            if (limit < 1) {
                throw usage("--limit must be at least 1, was " + limit);
            }
        }

        @Override
        protected int run(CrmEngine engine, String integration, PrintWriter out) {
            String pattern = "%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            Table table = new Table("id", "name", "type", "VAT", "city", "accounts>", "active", "flags");
            engine.store().jdbi().withExtension(CompanyReads.class, reads -> reads.byName(pattern, limit))
                    .forEach(company -> table.row(company.id(), company.name(), company.companyType(), company.vatNumber(),
                            company.city(), company.accounts(), company.active(), flags(company)));
            table.print(out, output.format());
            return ExitCodes.OK;
        }
    }

    /** {@code crm-sync company show}. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Shows a company: its flags, its accounts (primary and additional), its contacts and addresses.")
    static class Show extends EngineCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The company.")
        long id;

        @Override
        protected int run(CrmEngine engine, String integration, PrintWriter out) {
            return engine.store().jdbi().withExtension(CompanyReads.class, reads -> {
                CompanyReads.CompanyRow company = reads.company(id)
                        .orElseThrow(() -> new EngineException.BadRequest("no company with id " + id));
                out.println("company " + company.id() + " '" + company.name() + "', " + company.companyType()
                        + (company.vatNumber() == null ? "" : ", VAT " + company.vatNumber())
                        + (company.city() == null ? "" : ", " + company.city()) + (company.active() ? "" : ", inactive")
                        + (flags(company).isEmpty() ? "" : ", " + flags(company)));
                out.println();
                Table accounts = new Table("account id", "integration", "code", "ERP key", "link", "state");
                reads.accounts(id).forEach(account -> accounts.row(account.id(), account.integration(), account.accountCode(),
                        account.erpKey(), account.isPrimary() ? "primary" : "additional", state(account)));
                accounts.print(out);
                out.println();
                Table children = new Table("kind", "id", "name / label", "city", "account id");
                reads.contacts(id).forEach(contact -> children.row("contact", contact.id(), contact.name(), contact.city(),
                        contact.accountId()));
                reads.addresses(id).forEach(address -> children.row("address", address.id(), address.name(), address.city(),
                        address.accountId()));
                children.print(out);
                return ExitCodes.OK;
            });
        }

        private static String state(CompanyReads.AccountLink account) {
            return (account.erpDeleted() ? "deleted in the ERP " : "") + (account.dormant() ? "dormant " : "")
                    + (account.isGeneric() ? "generic" : "").trim();
        }
    }

    /** {@code crm-sync company add}. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Adds a company (not an ERP account yet: see create-account). Prints its id.")
    static class Add extends EngineCommand {
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "Its name.")
        String name;

        @Option(names = "--type", paramLabel = "TYPE", defaultValue = "PROSPECT",
                description = "CUSTOMER, SUPPLIER or PROSPECT (default ${DEFAULT-VALUE}).")
        String type;

        @Option(names = "--vat", paramLabel = "NUMBER", description = "VAT number, as written on its papers.")
        String vat;

        @Option(names = "--website", paramLabel = "URL", description = "Web site.")
        String website;

        @Option(names = "--street", paramLabel = "TEXT", description = "Billing address: street.")
        String street;

        @Option(names = "--postal-code", paramLabel = "CODE", description = "Billing address: postal code.")
        String postalCode;

        @Option(names = "--city", paramLabel = "CITY", description = "Billing address: city.")
        String city;

        @Option(names = "--country", paramLabel = "CC", description = "Billing address: two-letter ISO country code.")
        String country;

        @Override
        protected int run(CrmEngine engine, String integration, PrintWriter out) {
            long id = engine.edits().createCompany(new NewCompany(name, type, vat, website, street, postalCode, city, country));
            out.println("company " + id + " added");
            return ExitCodes.OK;
        }
    }

    /** {@code crm-sync company edit}. */
    @Command(name = "edit", mixinStandardHelpOptions = true, description = {
            "Changes fields of a company and of its primary accounts, all or none (an account field of a company",
            "without an account is refused). active=false sets it inactive (its accounts dormant in the ERP)."})
    static class Edit extends EngineCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The company.")
        long id;

        @Mixin
        FieldValues fields = new FieldValues();

        @Override
        protected void validate() {
            if (fields.values().isEmpty()) {
                throw usage("give at least one --set FIELD=VALUE");
            }
        }

        @Override
        protected int run(CrmEngine engine, String integration, PrintWriter out) {
            Map<String, String> values = fields.values();
            String active = values.remove("active");
            if (active != null) {
                values.put("dormant", Boolean.toString(!Boolean.parseBoolean(active)));
            }
            engine.edits().editCompany(id, values);
            out.println("company " + id + " updated; the next run sends the change to the ERP");
            return ExitCodes.OK;
        }
    }

    /** {@code crm-sync company delete}. */
    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Deletes a company that has no ERP account (one that has is set inactive instead).")
    static class Delete extends EngineCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The company.")
        long id;

        @Override
        protected int run(CrmEngine engine, String integration, PrintWriter out) {
            engine.edits().deleteCompany(id);
            out.println("company " + id + " deleted");
            return ExitCodes.OK;
        }
    }

    static String flags(CompanyReads.CompanyRow company) {
        return ((company.neverSync() ? "never sync " : "") + (company.skipNextRun() ? "not this time" : "")).trim();
    }
}
