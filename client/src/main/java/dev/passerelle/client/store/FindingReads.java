package dev.passerelle.client.store;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The diagnostics a page at a time: for each kind of finding, how many records have it and one page
 * of them, in the order of {@link DiagnosticReads}' full listings (each by a unique key), read with
 * {@code OFFSET ... FETCH NEXT} (valid on SQL Server and H2). Attach to a handle.
 */
@RegisterConstructorMapper(DiagnosticReads.CompanyRow.class)
@RegisterConstructorMapper(DiagnosticReads.AccountRow.class)
@RegisterConstructorMapper(DiagnosticReads.QueuedRow.class)
@RegisterConstructorMapper(DiagnosticReads.WaitingRow.class)
public interface FindingReads {

    String PAGE = " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY";

    String UNLINKED = " FROM company c WHERE c.company_type = N'CUSTOMER' AND c.never_sync = 0"
            + " AND NOT EXISTS (SELECT 1 FROM account a WHERE a.company_id = c.id AND a.integration = :integration)";

    @SqlQuery("SELECT COUNT(*)" + UNLINKED)
    long countUnlinkedCustomers(@Bind("integration") String integration);

    @SqlQuery("SELECT c.id, c.name, c.vat_number" + UNLINKED + " ORDER BY c.id" + PAGE)
    List<DiagnosticReads.CompanyRow> unlinkedCustomers(@Bind("integration") String integration, @Bind("offset") int offset,
                                                       @Bind("limit") int limit);

    String UNMATCHED = " FROM account a WHERE a.integration = :integration AND a.company_id IS NULL";

    @SqlQuery("SELECT COUNT(*)" + UNMATCHED)
    long countUnmatchedAccounts(@Bind("integration") String integration);

    @SqlQuery("SELECT a.id, i.erp_key, a.account_code, a.name, a.vat_number, a.company_id FROM account a"
            + " LEFT JOIN identity_map i ON i.integration = a.integration AND i.entity = N'ACCOUNT' AND i.crm_id = a.id"
            + " WHERE a.integration = :integration AND a.company_id IS NULL ORDER BY a.id" + PAGE)
    List<DiagnosticReads.AccountRow> unmatchedAccounts(@Bind("integration") String integration, @Bind("offset") int offset,
                                                       @Bind("limit") int limit);

    String PENDING = " FROM account a WHERE a.integration = :integration AND a.account_code = :pending";

    @SqlQuery("SELECT COUNT(*)" + PENDING)
    long countPendingCodes(@Bind("integration") String integration, @Bind("pending") String pending);

    @SqlQuery("SELECT a.id, NULL AS erp_key, a.account_code, a.name, NULL AS vat_number, a.company_id" + PENDING
            + " ORDER BY a.id" + PAGE)
    List<DiagnosticReads.AccountRow> pendingCodes(@Bind("integration") String integration, @Bind("pending") String pending,
                                                  @Bind("offset") int offset, @Bind("limit") int limit);

    // The error queue holds three kinds of findings; each flag (1 or 0) keeps one kind in or out.
    String QUEUED_KINDS = " WHERE e.integration = :integration AND ((e.stopped = 1 AND :stopped = 1)"
            + " OR (e.stopped = 0 AND e.status = N'NOT_FOUND' AND :unknown = 1)"
            + " OR (e.stopped = 0 AND e.status <> N'NOT_FOUND' AND :rejected = 1))";

    @SqlQuery("SELECT COUNT(*) FROM error_queue e" + QUEUED_KINDS)
    long countQueued(@Bind("integration") String integration, @Bind("stopped") int stopped, @Bind("unknown") int unknown,
                     @Bind("rejected") int rejected);

    @SqlQuery("SELECT e.outbox_id, e.entity, e.crm_id, e.status, e.field_errors, e.stopped, i.erp_key, a.company_id"
            + " FROM error_queue e LEFT JOIN identity_map i ON i.integration = e.integration"
            + " AND i.entity = e.entity AND i.crm_id = e.crm_id" + DiagnosticReads.QUEUED_COMPANY + QUEUED_KINDS + " ORDER BY e.outbox_id" + PAGE)
    List<DiagnosticReads.QueuedRow> queued(@Bind("integration") String integration, @Bind("stopped") int stopped,
                                           @Bind("unknown") int unknown, @Bind("rejected") int rejected,
                                           @Bind("offset") int offset, @Bind("limit") int limit);

    String DELETED = " FROM account a WHERE a.integration = :integration AND a.erp_deleted = 1";

    @SqlQuery("SELECT COUNT(*)" + DELETED)
    long countDeletedInErp(@Bind("integration") String integration);

    @SqlQuery("SELECT a.id, NULL AS erp_key, a.account_code, a.name, NULL AS vat_number, a.company_id" + DELETED
            + " ORDER BY a.id" + PAGE)
    List<DiagnosticReads.AccountRow> deletedInErp(@Bind("integration") String integration, @Bind("offset") int offset,
                                                  @Bind("limit") int limit);

    String NOT_REPLICATED = " FROM free_field_definition WHERE integration = :integration AND replicated = 0";

    @SqlQuery("SELECT COUNT(*)" + NOT_REPLICATED)
    long countFreeFieldsNotReplicated(@Bind("integration") String integration);

    @SqlQuery("SELECT name" + NOT_REPLICATED + " ORDER BY name, erp_key" + PAGE)
    List<String> freeFieldsNotReplicated(@Bind("integration") String integration, @Bind("offset") int offset,
                                         @Bind("limit") int limit);

    String WAITING = " FROM waiting_child w JOIN skipped_account s ON s.integration = w.integration"
            + " AND s.erp_key = w.account_key WHERE w.integration = :integration";

    @SqlQuery("SELECT COUNT(*) FROM (SELECT s.reason, w.entity" + WAITING + " GROUP BY s.reason, w.entity) g")
    long countWaiting(@Bind("integration") String integration);

    @SqlQuery("SELECT s.reason, w.entity, COUNT(*) AS changes, COUNT(DISTINCT w.account_key) AS accounts" + WAITING
            + " GROUP BY s.reason, w.entity ORDER BY s.reason, w.entity" + PAGE)
    List<DiagnosticReads.WaitingRow> waiting(@Bind("integration") String integration, @Bind("offset") int offset,
                                             @Bind("limit") int limit);

    @SqlQuery("SELECT COUNT(*) FROM company WHERE never_sync = 1")
    long countNeverSync();

    @SqlQuery("SELECT id, name, vat_number FROM company WHERE never_sync = 1 ORDER BY id" + PAGE)
    List<DiagnosticReads.CompanyRow> neverSync(@Bind("offset") int offset, @Bind("limit") int limit);
}
