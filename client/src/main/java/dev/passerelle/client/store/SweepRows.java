package dev.passerelle.client.store;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The rows a full snapshot sweeps: each page stamps the identities it names with the run's id; once
 * the snapshot is complete, linked records left unstamped are gone from the ERP. Records with pending
 * CRM edits are never found gone (they go to the ERP and get its answer). Lists of ids and keys are
 * given in chunks small enough for one statement's parameters.
 */
@RegisterConstructorMapper(SweepRows.Unseen.class)
public interface SweepRows {

    /** A linked record the snapshot did not name. */
    record Unseen(long crmId, String erpKey) {
    }

    String UNSEEN = "SELECT TOP (:size) i.crm_id, i.erp_key FROM identity_map i WHERE i.integration = :integration"
            + " AND i.entity = :entity AND i.crm_id > :after AND (i.seen_run IS NULL OR i.seen_run <> :run)"
            + " AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.entity = i.entity AND o.crm_id = i.crm_id"
            + " AND o.state = N'PENDING')";

    @SqlUpdate("UPDATE identity_map SET seen_run = :run WHERE integration = :integration AND entity = :entity"
            + " AND erp_key IN (<keys>)")
    void stamp(@Bind("run") long runId, @Bind("integration") String integration, @Bind("entity") String entity,
               @BindList("keys") List<String> erpKeys);

    /** Up to {@code size} unstamped contacts or addresses after the CRM id {@code after}, by CRM id. */
    @SqlQuery(UNSEEN + " ORDER BY i.crm_id")
    List<Unseen> unseen(@Bind("size") int size, @Bind("integration") String integration, @Bind("entity") String entity,
                        @Bind("after") long after, @Bind("run") long runId);

    /** Up to {@code size} unstamped accounts not yet marked deleted, after the CRM id {@code after}, by CRM id. */
    @SqlQuery(UNSEEN + " AND EXISTS (SELECT 1 FROM account a WHERE a.id = i.crm_id AND a.erp_deleted = 0) ORDER BY i.crm_id")
    List<Unseen> unseenAccounts(@Bind("size") int size, @Bind("integration") String integration, @Bind("entity") String entity,
                                @Bind("after") long after, @Bind("run") long runId);

    /** Marks accounts deleted in the ERP (a CRM account is never deleted for the ERP). */
    @SqlUpdate("UPDATE account SET erp_deleted = 1 WHERE id IN (<ids>)")
    void markAccountsDeleted(@BindList("ids") List<Long> accountIds);

    @SqlUpdate("DELETE FROM erp_held_value WHERE owner_entity = :owner AND owner_id IN (<ids>)")
    void deleteHeldValues(@Bind("owner") String ownerEntity, @BindList("ids") List<Long> ownerIds);

    /** Deletes contacts or addresses ({@code table}: a code constant of {@code EntitySpec}). */
    @SqlUpdate("DELETE FROM <table> WHERE id IN (<ids>)")
    void deleteRecords(@Define("table") String table, @BindList("ids") List<Long> ids);

    @SqlUpdate("DELETE FROM identity_map WHERE integration = :integration AND entity = :entity AND crm_id IN (<ids>)")
    void forget(@Bind("integration") String integration, @Bind("entity") String entity, @BindList("ids") List<Long> crmIds);
}
