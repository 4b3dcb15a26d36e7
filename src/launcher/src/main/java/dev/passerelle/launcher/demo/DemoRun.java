package dev.passerelle.launcher.demo;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.admin.ErrorsTab;
import dev.passerelle.client.cli.ReportPrinter;
import dev.passerelle.client.edit.NewCompany;
import dev.passerelle.client.run.Direction;
import dev.passerelle.client.run.EngineException;
import dev.passerelle.client.run.ProgressListener;
import dev.passerelle.client.run.RunMode;
import dev.passerelle.client.run.RunReport;
import dev.passerelle.client.run.RunStatus;
import dev.passerelle.server.store.demo.ErpDeskRows.Customer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The demo's story once both sides are up: CRM prospects, first sync, edits on both sides, a delta
 * sync, real-time figures and a summary. Every step prints what happened; any surprise throws
 * {@link DemoFailure} so that the demo never ends green on a broken integration.
 */
final class DemoRun {

    static final String INTEGRATION = "main";

    private final CrmEngine engine;
    private final ErpDesk erp;
    private final CrmDesk crm;
    private final DemoOutput out;
    private final Summary summary = new Summary();

    DemoRun(CrmEngine engine, ErpDesk erp, DemoOutput out) {
        this.engine = engine;
        this.erp = erp;
        this.crm = new CrmDesk(engine, INTEGRATION);
        this.out = out;
    }

    Summary play(RealTimeFigures figures) {
        List<Customer> customers = erp.customers(0, 8);
        List<Long> prospects = prospectsAlreadyInTheCrm(customers.subList(0, 3));
        firstSync(prospects);
        EditedRecords edited = editBothSides(customers);
        deltaSync(edited);
        figures.show(crm.erpKeyOf("ACCOUNT", edited.renamedAccountId()), customers.get(3).code());
        fixRejectedRecord(edited.rejectedAccountId());
        idleRun();
        return summary;
    }

    private List<Long> prospectsAlreadyInTheCrm(List<Customer> matching) {
        out.step("CRM store: prospects typed in the CRM before the integration existed");
        List<Long> ids = new ArrayList<>();
        for (Customer customer : matching) {
            String typedVat = spacedLowerCase(customer.vatNumber());
            long id = engine.edits().createCompany(new NewCompany(customer.name(), "PROSPECT", typedVat,
                    null, null, null, null, customer.country()));
            ids.add(id);
            out.line("prospect %-32s VAT typed as '%s'", customer.name(), typedVat);
        }
        long unmatched = engine.edits().createCompany(NewCompany.of("Brasserie du Vieux Port", "FR 00 000000000"));
        out.line("prospect %-32s VAT typed as '%s' (no ERP account has it)", "Brasserie du Vieux Port", "FR 00 000000000");
        summary.note("prospects in the CRM before the first sync", 4);
        ids.add(unmatched);
        return ids;
    }

    private void firstSync(List<Long> prospects) {
        out.step("First sync, ERP -> CRM");
        long contacts = erp.count("contact");
        long addresses = erp.count("delivery_address");
        // Addresses and contacts are read side by side, shown as one phase.
        Map<String, Long> expected = Map.of("ACCOUNT", erp.count("account"), "CONTACT", contacts,
                "DELIVERY_ADDRESS", addresses, "DELIVERY_ADDRESS + CONTACT", addresses + contacts,
                "ACCOUNT_FIGURES", erp.count("account_figures"));
        RunReport report;
        try (ProgressDisplay bars = ProgressDisplay.forConsole(expected, out)) {
            report = engine.run(null, INTEGRATION, RunMode.DELTA, bars);
        }
        expect(report.status() == RunStatus.SUCCESS, "the first sync ended " + report.status() + ": " + report.errors());
        long matched = prospects.stream().limit(3).filter(id -> crm.accountsOf(id) == 1).count();
        long companies = crm.companies();
        long seconds = Math.max(1, report.duration().toMillis());
        long records = report.total(Direction.ERP_TO_CRM);
        out.line("%s records ERP -> CRM in %.1f s (%s records/s, %s accounts/s)", DemoOutput.count(records),
                seconds / 1000.0, DemoOutput.count(records * 1000 / seconds),
                DemoOutput.count(expected.get("ACCOUNT") * 1000 / seconds));
        out.line("%d of 3 prospects matched by normalised VAT number and linked, not duplicated", matched);
        out.line("%s CRM companies for %s ERP accounts + 1 unmatched prospect", DemoOutput.count(companies),
                DemoOutput.count(expected.get("ACCOUNT")));
        expect(matched == 3, "prospects were not matched by VAT number");
        expect(companies == expected.get("ACCOUNT") + 1, "companies were duplicated or lost");
        summary.add("first sync", report);
    }

    private EditedRecords editBothSides(List<Customer> customers) {
        out.step("Edits on both sides between two runs");
        String renamed = customers.get(3).code();
        erp.rename(renamed, customers.get(3).name() + " Group");
        out.line("ERP  account %s renamed to '%s Group' (plain SQL in the ERP)", renamed, customers.get(3).name());

        String conflicted = customers.get(4).code();
        erp.setWebsite(conflicted, "https://erp.example.com");
        CrmDesk.Account conflictedAccount = crm.accountByCode(conflicted);
        engine.edits().editCompany(conflictedAccount.companyId(), "website", "https://crm.example.com");
        out.line("both account %s website: ERP 'https://erp.example.com', CRM 'https://crm.example.com'", conflicted);

        String dormant = customers.get(5).code();
        erp.setDormant(dormant);
        out.line("ERP  account %s set dormant", dormant);

        String pruned = customers.get(6).code();
        String deletedContact = erp.deleteLastContact(pruned);
        out.line("ERP  contact '%s' of account %s deleted", deletedContact, pruned);

        CrmDesk.Account edited = crm.accountByCode(customers.get(7).code());
        long company = edited.companyId();
        engine.edits().addContact(company, Map.of("firstName", "Camille", "lastName", "Durand", "function", "Buyer"));
        out.line("CRM  contact 'Camille Durand' added to %s", edited.companyName());
        long address = crm.firstAddressOf(company);
        engine.edits().editAddress(address, "address.city", "Lyon");
        out.line("CRM  delivery address %d of %s moved to Lyon", address, edited.companyName());

        long newCompany = engine.edits().createCompany(new NewCompany("Atelier Nouvelle Vague", "PROSPECT",
                "FR40303265045", "https://nouvelle-vague.example", "12 rue des Tanneurs", "69002", "Lyon", "FR"));
        long newAccount = engine.edits().createAccount(null, newCompany, INTEGRATION, null);
        out.line("CRM  'Atelier Nouvelle Vague' -> create account (code <AUTOERP>: the ERP allocates it)");

        CrmDesk.Account clashing = crm.accountByCode(customers.get(2).code());
        long clashingCompany = clashing.companyId();
        refusedAtOnce(() -> engine.edits().editCompany(clashingCompany, "accountCode", "bad code!"), "'bad code!'");
        String takenCode = customers.get(1).code();
        refusedAtOnce(() -> engine.edits().editCompany(clashingCompany, "accountCode", takenCode), takenCode);
        String recoded = "R" + takenCode;
        erp.recode(takenCode, recoded);
        out.line("ERP  account %s re-coded %s (plain SQL in the ERP)", takenCode, recoded);
        engine.edits().editCompany(clashingCompany, "accountCode", recoded);
        out.line("CRM  account code of %s set to %s, free as far as the CRM knows: the ERP took it meanwhile",
                clashing.companyName(), recoded);
        return new EditedRecords(crm.accountByCode(renamed).id(), newAccount, clashing.id());
    }

    /** Shows an edit the CRM refuses when typed: a value the ERP would refuse a run later. */
    private void refusedAtOnce(Runnable edit, String code) {
        try {
            edit.run();
        } catch (EngineException.BadRequest refused) {
            out.line("CRM  account code %s refused at once: %s", code, refused.getMessage());
            return;
        }
        throw new DemoFailure("the CRM accepted the account code " + code);
    }

    private void deltaSync(EditedRecords edited) {
        out.step("Delta sync, both ways");
        RunReport report = engine.run(null, INTEGRATION, RunMode.DELTA, ProgressListener.NONE);
        ReportPrinter.print(report, out.writer());
        out.writer().flush();
        expect(!report.conflicts().isEmpty(), "the conflict on the website was not reported");
        expect(report.keysReturned().stream().anyMatch(key -> key.crmId() == edited.newAccountId()),
                "the ERP key of the new account did not come back");
        expect(!report.rejected().isEmpty(), "the duplicate account code was not rejected");
        List<ErrorsTab.QueuedError> queue = engine.errors().list();
        out.line("error queue: %d record(s) waiting, retried on every run until fixed or stopped", queue.size());
        queue.forEach(error -> out.line("  #%d %s %d: %s %s", error.id(), error.entity(), error.crmId(), error.status(),
                error.fieldErrors()));
        expect(!queue.isEmpty(), "the rejected record is not in the error queue");
        summary.add("delta sync", report);
    }

    private void fixRejectedRecord(long accountId) {
        out.step("Fixing the rejected record: a unique account code, then the next run");
        engine.edits().setAccountCode(accountId, "FIXED" + accountId);
        RunReport report = engine.run(null, INTEGRATION, RunMode.DELTA, ProgressListener.NONE);
        ReportPrinter.print(report, out.writer());
        out.writer().flush();
        out.line("error queue: %d record(s) waiting", engine.errors().list().size());
        expect(engine.errors().list().isEmpty(), "the fixed record is still in the error queue");
        summary.add("after the fix", report);
    }

    private void idleRun() {
        out.step("An idle run: nothing changed on either side");
        RunReport report = engine.run(null, INTEGRATION, RunMode.DELTA, ProgressListener.NONE);
        long moved = report.total(Direction.ERP_TO_CRM) + report.total(Direction.CRM_TO_ERP);
        out.line("%s in %d ms, %d records moved", report.status(), report.duration().toMillis(), moved);
        if (moved > 0) {
            ReportPrinter.print(report, out.writer());
        }
        summary.add("idle run", report);
    }

    /** A VAT number as people type it: lower case, a space after the country prefix. */
    private static String spacedLowerCase(String vat) {
        return vat.substring(0, 2).toLowerCase(Locale.ROOT) + " " + vat.substring(2);
    }

    private static void expect(boolean condition, String problem) {
        if (!condition) {
            throw new DemoFailure(problem);
        }
    }

    private record EditedRecords(long renamedAccountId, long newAccountId, long rejectedAccountId) {
    }
}
