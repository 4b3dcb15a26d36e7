package dev.passerelle.client.diagnose;

import dev.passerelle.client.admin.Paged;
import dev.passerelle.client.config.EngineSettings;
import dev.passerelle.client.edit.AccountCodes;
import dev.passerelle.client.store.CrmStore;
import dev.passerelle.client.store.DiagnosticReads;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Lists every record that is not in step and the command that fixes it, complete and ready to run as
 * printed, so that no record stops syncing silently and nobody has to edit SQL by hand. Read-only.
 * Thread-safe.
 */
public final class Diagnostics {

    /** The largest page {@link #page} reads. */
    public static final int MAX_PAGE = 500;

    private final CrmStore store;
    private final EngineSettings settings;

    public Diagnostics(CrmStore store, EngineSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    public List<Finding> findings() {
        return store.jdbi().withExtension(DiagnosticReads.class, reads -> {
            List<Finding> findings = new ArrayList<>();
            for (String integration : settings.integrations().keySet()) {
                Links links = new Links(integration, reads);
                links.unlinkedCompanies(findings);
                links.unmatchedAccounts(findings);
                pendingCodes(reads, integration, findings);
                new Queued(integration, () -> reads.listDefaults(integration)).findings(reads.queued(integration), findings);
                deletedInErp(reads, integration, findings);
                freeFields(reads, integration, findings);
                waiting(reads, integration, findings);
            }
            reads.neverSync().forEach(company -> findings.add(neverSync(company)));
            return findings;
        });
    }

    /**
     * One page of {@link #findings()}, in the same order, of one kind when {@code kind} is not null:
     * only the page's records are read, each kind counted in SQL.
     */
    public Paged<Finding> page(FindingKind kind, int offset, int limit) {
        Paged.check(offset, limit, MAX_PAGE);
        return store.jdbi().withHandle(handle -> new FindingPages(handle, settings.integrations().keySet()).page(kind, offset, limit));
    }

    static Finding neverSync(DiagnosticReads.CompanyRow company) {
        return new Finding(FindingKind.NEVER_SYNC, null, "COMPANY", company.id(), null, "company '" + company.name()
                + "' is kept out of synchronisation (never sync)", "crm-sync flag --company " + company.id()
                + " --never-sync false", null);
    }

    private static void pendingCodes(DiagnosticReads reads, String integration, List<Finding> findings) {
        List<String> taken = new ArrayList<>(reads.codes(integration));
        for (DiagnosticReads.AccountRow account : reads.pendingCodes(integration, AccountCodes.PENDING)) {
            findings.add(codeToType(integration, account, taken));
        }
    }

    /** The finding of an account waiting for its code, with a code none of {@code taken} has; the code is added to them. */
    static Finding codeToType(String integration, DiagnosticReads.AccountRow account, Collection<String> taken) {
        String code = AccountCodes.suggest(account.name(), account.id(), taken);
        taken.add(code);
        return new Finding(FindingKind.CODE_TO_TYPE, integration, "ACCOUNT", account.id(), null, "account '"
                + account.name() + "' waits for its accounting code", "crm-sync set-code --account-id " + account.id()
                + " --code " + code, null);
    }

    private static void deletedInErp(DiagnosticReads reads, String integration, List<Finding> findings) {
        reads.deletedInErp(integration).forEach(account -> findings.add(deletedInErp(integration, account)));
    }

    static Finding deletedInErp(String integration, DiagnosticReads.AccountRow account) {
        return new Finding(FindingKind.DELETED_IN_ERP, integration, "ACCOUNT", account.id(), null, "account "
                + account.accountCode() + " '" + account.name() + "' was deleted in the ERP; the CRM keeps it, marked",
                "crm-sync unlink --account-id " + account.id(), null);
    }

    private static void waiting(DiagnosticReads reads, String integration, List<Finding> findings) {
        reads.waiting(integration).forEach(row -> findings.add(waiting(integration, row)));
    }

    static Finding waiting(String integration, DiagnosticReads.WaitingRow row) {
        String key = "integration." + integration + (row.reason().equals("DORMANT") ? ".sync.dormant" : ".sync.suppliers");
        return new Finding(FindingKind.SKIPPED_CHILDREN, integration, row.entity(), 0, null, row.changes() + " "
                + row.entity() + " change(s) of " + row.accounts() + " account(s) kept out by " + key + " = false wait for"
                + " their account; to bring them in, set " + key + " = true in the configuration, then run:",
                "crm-sync run --integration " + integration, null);
    }

    private static void freeFields(DiagnosticReads reads, String integration, List<Finding> findings) {
        reads.freeFieldsNotReplicated(integration).forEach(name -> findings.add(freeField(integration, name)));
    }

    static Finding freeField(String integration, String name) {
        return new Finding(FindingKind.FREE_FIELD_NOT_REPLICATED, integration, "FREE_FIELD_DEFINITION", 0, null, "free field "
                + name + " is no longer replicated (deleted or retyped in the ERP)", "crm-sync purge-free-fields --integration "
                + integration, null);
    }
}
