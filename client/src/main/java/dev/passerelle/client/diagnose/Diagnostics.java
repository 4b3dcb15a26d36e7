package dev.passerelle.client.diagnose;

import dev.passerelle.client.config.EngineSettings;
import dev.passerelle.client.edit.AccountCodes;
import dev.passerelle.client.store.CrmStore;
import dev.passerelle.client.store.DiagnosticReads;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists every record that is not in step and the command that fixes it, complete and ready to run as
 * printed, so that no record stops syncing silently and nobody has to edit SQL by hand. Read-only.
 * Thread-safe.
 */
public final class Diagnostics {

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
                new Queued(integration).findings(reads.queued(integration), findings);
                deletedInErp(reads, integration, findings);
                freeFields(reads, integration, findings);
                waiting(reads, integration, findings);
            }
            reads.neverSync().forEach(company -> findings.add(new Finding(FindingKind.NEVER_SYNC, null, "COMPANY", company.id(),
                    null, "company '" + company.name() + "' is kept out of synchronisation (never sync)",
                    "crm-sync flag --company " + company.id() + " --never-sync false", null)));
            return findings;
        });
    }

    private static void pendingCodes(DiagnosticReads reads, String integration, List<Finding> findings) {
        List<String> taken = new ArrayList<>(reads.codes(integration));
        for (DiagnosticReads.AccountRow account : reads.pendingCodes(integration, AccountCodes.PENDING)) {
            String code = AccountCodes.suggest(account.name(), account.id(), taken);
            taken.add(code);
            findings.add(new Finding(FindingKind.CODE_TO_TYPE, integration, "ACCOUNT", account.id(), null, "account '"
                    + account.name() + "' waits for its accounting code", "crm-sync set-code --account-id " + account.id()
                    + " --code " + code, null));
        }
    }

    private static void deletedInErp(DiagnosticReads reads, String integration, List<Finding> findings) {
        reads.deletedInErp(integration).forEach(account -> findings.add(new Finding(FindingKind.DELETED_IN_ERP, integration,
                "ACCOUNT", account.id(), null, "account " + account.accountCode() + " '" + account.name()
                + "' was deleted in the ERP; the CRM keeps it, marked", "crm-sync unlink --account-id " + account.id(),
                null)));
    }

    private static void waiting(DiagnosticReads reads, String integration, List<Finding> findings) {
        for (DiagnosticReads.WaitingRow row : reads.waiting(integration)) {
            String key = "integration." + integration + (row.reason().equals("DORMANT") ? ".sync.dormant" : ".sync.suppliers");
            findings.add(new Finding(FindingKind.SKIPPED_CHILDREN, integration, row.entity(), 0, null, row.changes() + " "
                    + row.entity() + " change(s) of " + row.accounts() + " account(s) kept out by " + key + " = false wait for"
                    + " their account; to bring them in, set " + key + " = true in the configuration, then run:",
                    "crm-sync run --integration " + integration, null));
        }
    }

    private static void freeFields(DiagnosticReads reads, String integration, List<Finding> findings) {
        reads.freeFieldsNotReplicated(integration).forEach(name -> findings.add(new Finding(
                FindingKind.FREE_FIELD_NOT_REPLICATED, integration, "FREE_FIELD_DEFINITION", 0, null, "free field " + name
                + " is no longer replicated (deleted or retyped in the ERP)", "crm-sync purge-free-fields --integration "
                + integration, null)));
    }
}
