package dev.passerelle.client.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The reads of the diagnostics: records out of step, and the candidates a fix may link them to. Attach to a handle. */
@RegisterConstructorMapper(DiagnosticReads.CompanyRow.class)
@RegisterConstructorMapper(DiagnosticReads.AccountRow.class)
@RegisterConstructorMapper(DiagnosticReads.AccountName.class)
@RegisterConstructorMapper(DiagnosticReads.QueuedRow.class)
@RegisterConstructorMapper(DiagnosticReads.WaitingRow.class)
@RegisterConstructorMapper(DiagnosticReads.ListDefault.class)
public interface DiagnosticReads {

    /** A company: its id, name and VAT number as typed. */
    record CompanyRow(long id, String name, String vatNumber) {
    }

    /** An account of an integration: ids, code, name, VAT number as the ERP gave it, company (null: none). */
    record AccountRow(long id, String erpKey, String accountCode, String name, String vatNumber, Long companyId) {
    }

    /** An account's name and VAT number as the ERP gave them: what a company's likely account is looked for by. */
    record AccountName(long id, String name, String vatNumber) {
    }

    /**
     * A record of the error queue with the ERP key the CRM holds for it (null: none) and, for a primary
     * account, its company (null otherwise).
     */
    record QueuedRow(long outboxId, String entity, long crmId, String status, String fieldErrors, boolean stopped,
                     String erpKey, Long companyId) {
    }

    /** The first value of one of the ERP's lists, its default. */
    record ListDefault(String listName, String code) {
    }

    /** The part of the error queue's reads that finds a primary account's company. */
    String QUEUED_COMPANY = " LEFT JOIN account a ON e.entity = N'ACCOUNT' AND a.id = e.crm_id AND a.is_primary = 1";

    /** How many changes of an entity wait for accounts kept out for a reason (DORMANT, SUPPLIER), and how many accounts. */
    record WaitingRow(String reason, String entity, int changes, int accounts) {
    }

    @SqlQuery("SELECT s.reason, w.entity, COUNT(*) AS changes, COUNT(DISTINCT w.account_key) AS accounts FROM waiting_child w"
            + " JOIN skipped_account s ON s.integration = w.integration AND s.erp_key = w.account_key"
            + " WHERE w.integration = :integration GROUP BY s.reason, w.entity ORDER BY s.reason, w.entity")
    List<WaitingRow> waiting(@Bind("integration") String integration);

    /** Customer companies that should sync but have no account of the integration. */
    @SqlQuery("SELECT c.id, c.name, c.vat_number FROM company c WHERE c.company_type = N'CUSTOMER' AND c.never_sync = 0"
            + " AND NOT EXISTS (SELECT 1 FROM account a WHERE a.company_id = c.id AND a.integration = :integration)"
            + " ORDER BY c.id")
    List<CompanyRow> unlinkedCustomers(@Bind("integration") String integration);

    /** Companies with no account at all (customers and prospects), not kept out by never sync. */
    @SqlQuery("SELECT c.id, c.name, c.vat_number FROM company c WHERE c.never_sync = 0"
            + " AND NOT EXISTS (SELECT 1 FROM account a WHERE a.company_id = c.id) ORDER BY c.id")
    List<CompanyRow> companiesWithoutAccount();

    /**
     * The name and VAT number of every account of the integration, in no set order: only what the index
     * {@code ix_account_name} holds, since an unlinked company is compared with every account (the full
     * row and its ERP key are read for the one chosen).
     */
    @SqlQuery("SELECT id, name, vat_number FROM account WHERE integration = :integration")
    List<AccountName> accountNames(@Bind("integration") String integration);

    /** One account of the integration, with its ERP key. */
    @SqlQuery("SELECT a.id, i.erp_key, a.account_code, a.name, a.vat_number, a.company_id FROM account a"
            + " LEFT JOIN identity_map i ON i.integration = a.integration AND i.entity = N'ACCOUNT' AND i.crm_id = a.id"
            + " WHERE a.integration = :integration AND a.id = :id")
    Optional<AccountRow> account(@Bind("integration") String integration, @Bind("id") long id);

    /** The accounts of the integration that have no company, with their ERP keys. */
    @SqlQuery("SELECT a.id, i.erp_key, a.account_code, a.name, a.vat_number, a.company_id FROM account a"
            + " LEFT JOIN identity_map i ON i.integration = a.integration AND i.entity = N'ACCOUNT' AND i.crm_id = a.id"
            + " WHERE a.integration = :integration AND a.company_id IS NULL ORDER BY a.id")
    List<AccountRow> accountsWithoutCompany(@Bind("integration") String integration);

    /** Accounts waiting for their accounting code (free mode). */
    @SqlQuery("SELECT a.id, NULL AS erp_key, a.account_code, a.name, NULL AS vat_number, a.company_id FROM account a"
            + " WHERE a.integration = :integration AND a.account_code = :pending ORDER BY a.id")
    List<AccountRow> pendingCodes(@Bind("integration") String integration, @Bind("pending") String pending);

    /** Accounts the ERP deleted, kept and marked in the CRM. */
    @SqlQuery("SELECT a.id, NULL AS erp_key, a.account_code, a.name, NULL AS vat_number, a.company_id FROM account a"
            + " WHERE a.integration = :integration AND a.erp_deleted = 1 ORDER BY a.id")
    List<AccountRow> deletedInErp(@Bind("integration") String integration);

    @SqlQuery("SELECT e.outbox_id, e.entity, e.crm_id, e.status, e.field_errors, e.stopped, i.erp_key, a.company_id"
            + " FROM error_queue e LEFT JOIN identity_map i ON i.integration = e.integration"
            + " AND i.entity = e.entity AND i.crm_id = e.crm_id" + QUEUED_COMPANY
            + " WHERE e.integration = :integration ORDER BY e.outbox_id")
    List<QueuedRow> queued(@Bind("integration") String integration);

    /** The default (first) value of each of the ERP's lists of an integration. */
    @SqlQuery("SELECT l.list_name, l.code FROM list_value l WHERE l.integration = :integration AND l.position ="
            + " (SELECT MIN(m.position) FROM list_value m WHERE m.integration = l.integration AND m.list_name = l.list_name)")
    List<ListDefault> listDefaults(@Bind("integration") String integration);

    @SqlQuery("SELECT name FROM free_field_definition WHERE integration = :integration AND replicated = 0 ORDER BY name")
    List<String> freeFieldsNotReplicated(@Bind("integration") String integration);

    @SqlQuery("SELECT id, name, vat_number FROM company WHERE never_sync = 1 ORDER BY id")
    List<CompanyRow> neverSync();

    /** Accounting codes the integration's accounts use. */
    @SqlQuery("SELECT account_code FROM account WHERE integration = :integration")
    List<String> codes(@Bind("integration") String integration);
}
