package dev.passerelle.client;

import dev.passerelle.client.store.CrmStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Lists every record that is not in step and says which command fixes it, so that no record stops
 * syncing silently and nobody has to edit SQL by hand (seed 003). Read-only. Thread-safe.
 */
public final class Diagnostics {

    private final CrmStore store;
    private final EngineSettings settings;

    Diagnostics(CrmStore store, EngineSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    /** One thing out of step: what, which record, and the command that fixes it. */
    public record Finding(String kind, String integration, String entity, long crmId, String erpKey, String description,
                          String fix) {
    }

    public List<Finding> findings() {
        return store.jdbi().withHandle(handle -> {
            List<Finding> findings = new ArrayList<>();
            for (String integration : settings.integrations().keySet()) {
                unlinkedCompanies(handle, integration, findings);
                orphanAccounts(handle, integration, findings);
                pendingCodes(handle, integration, findings);
                queuedErrors(handle, integration, findings);
                deletedInErp(handle, integration, findings);
                freeFields(handle, integration, findings);
            }
            neverSync(handle, findings);
            return findings;
        });
    }

    private static void unlinkedCompanies(Handle handle, String integration, List<Finding> findings) {
        handle.createQuery("SELECT c.id, c.name FROM company c WHERE c.company_type = N'CUSTOMER' AND c.never_sync = 0"
                        + " AND NOT EXISTS (SELECT 1 FROM account a WHERE a.company_id = c.id AND a.integration = :integration)"
                        + " ORDER BY c.id")
                .bind("integration", integration).mapToMap().list().forEach(row -> findings.add(new Finding("UNLINKED_COMPANY",
                        integration, "COMPANY", id(row), null, "customer company '" + row.get("name") + "' has no ERP account",
                        fixFor(handle, integration, id(row), (String) row.get("name")))));
    }

    /** Link to the ERP account of the same name when there is one (moving it if it got a company of its own), else create one. */
    private static String fixFor(Handle handle, String integration, long companyId, String name) {
        return handle.createQuery("SELECT account_code, company_id FROM account WHERE integration = :integration"
                        + " AND UPPER(name) = UPPER(:name) ORDER BY id")
                .bind("integration", integration).bind("name", name).mapToMap().findFirst()
                .map(account -> account.get("company_id") == null
                        ? "crm-sync link --company " + companyId + " --account " + account.get("account_code")
                        : "crm-sync relink --account " + account.get("account_code") + " --to-company " + companyId)
                .orElse("crm-sync create-account --company " + companyId + "   (or: crm-sync link --company " + companyId
                        + " --account CODE)");
    }

    private static void orphanAccounts(Handle handle, String integration, List<Finding> findings) {
        handle.createQuery("SELECT a.id, a.account_code, a.name, i.erp_key FROM account a LEFT JOIN identity_map i"
                        + " ON i.integration = a.integration AND i.entity = N'ACCOUNT' AND i.crm_id = a.id"
                        + " WHERE a.integration = :integration AND a.company_id IS NULL ORDER BY a.id")
                .bind("integration", integration).mapToMap().forEach(row -> findings.add(new Finding("UNMATCHED_ACCOUNT",
                        integration, "ACCOUNT", id(row), (String) row.get("erp_key"), "ERP account " + row.get("account_code")
                        + " '" + row.get("name") + "' matches no CRM company",
                        "crm-sync orphans --create-company " + id(row) + "   (or: crm-sync link --company ID --account "
                                + row.get("account_code") + ")")));
    }

    private static void pendingCodes(Handle handle, String integration, List<Finding> findings) {
        handle.createQuery("SELECT id, name FROM account WHERE integration = :integration AND account_code = :pending")
                .bind("integration", integration).bind("pending", AccountCodes.PENDING).mapToMap()
                .forEach(row -> findings.add(new Finding("CODE_TO_TYPE", integration, "ACCOUNT", id(row), null,
                        "account '" + row.get("name") + "' waits for its accounting code",
                        "crm-sync set-code --account " + id(row) + " --code CODE")));
    }

    private static void queuedErrors(Handle handle, String integration, List<Finding> findings) {
        handle.createQuery("SELECT e.outbox_id, e.entity, e.crm_id, e.status, e.field_errors, e.stopped, i.erp_key"
                        + " FROM error_queue e LEFT JOIN identity_map i ON i.integration = e.integration"
                        + " AND i.entity = e.entity AND i.crm_id = e.crm_id WHERE e.integration = :integration ORDER BY e.outbox_id")
                .bind("integration", integration).mapToMap().forEach(row -> {
                    boolean stopped = Boolean.TRUE.equals(row.get("stopped"));
                    Object id = row.get("outbox_id");
                    String entity = (String) row.get("entity");
                    long crmId = ((Number) row.get("crm_id")).longValue();
                    String erpKey = (String) row.get("erp_key");
                    if ("NOT_FOUND".equals(row.get("status")) && !stopped) {
                        findings.add(new Finding("UNKNOWN_TO_ERP", integration, entity, crmId, erpKey, "the ERP no longer knows "
                                + entity + " " + crmId + " (key " + erpKey + "): deleted there without a trace, or the ERP"
                                + " was restored from a backup", "crm-sync errors --recreate " + id
                                + "   (or: crm-sync errors --stop " + id + ")"));
                        return;
                    }
                    findings.add(new Finding(stopped ? "STOPPED" : "REJECTED", integration, entity, crmId, erpKey,
                            row.get("status") + ": " + row.get("field_errors"),
                            stopped ? "fix the record, then: crm-sync errors --reactivate " + id
                                    : "fix the record (it is retried every run), or: crm-sync errors --stop " + id));
                });
    }

    private static void deletedInErp(Handle handle, String integration, List<Finding> findings) {
        handle.createQuery("SELECT id, name FROM account WHERE integration = :integration AND erp_deleted = 1")
                .bind("integration", integration).mapToMap().forEach(row -> findings.add(new Finding("DELETED_IN_ERP",
                        integration, "ACCOUNT", id(row), null, "account '" + row.get("name") + "' was deleted in the ERP",
                        "crm-sync unlink --account " + id(row) + "   (the company is kept)")));
    }

    private static void freeFields(Handle handle, String integration, List<Finding> findings) {
        handle.createQuery("SELECT name FROM free_field_definition WHERE integration = :integration AND replicated = 0")
                .bind("integration", integration).mapTo(String.class).forEach(name -> findings.add(new Finding(
                        "FREE_FIELD_NOT_REPLICATED", integration, "FREE_FIELD_DEFINITION", 0, null,
                        "free field " + name + " is no longer replicated (deleted or type changed in the ERP)",
                        "crm-sync purge-free-fields --integration " + integration)));
    }

    private static void neverSync(Handle handle, List<Finding> findings) {
        handle.createQuery("SELECT id, name FROM company WHERE never_sync = 1 ORDER BY id").mapToMap()
                .forEach(row -> findings.add(new Finding("NEVER_SYNC", null, "COMPANY", id(row), null,
                        "company '" + row.get("name") + "' is excluded from synchronisation (never sync)",
                        "crm-sync flag --company " + id(row) + " --never-sync=false")));
    }

    private static long id(Map<String, Object> row) {
        return ((Number) row.get("id")).longValue();
    }
}
