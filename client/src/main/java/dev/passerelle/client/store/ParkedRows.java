package dev.passerelle.client.store;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * ERP changes held for records taken out of the flow (never-sync, not-this-time): the latest one per
 * record, as contract XML, with the company whose flag holds it.
 */
@RegisterConstructorMapper(ParkedRows.ParkedRow.class)
public interface ParkedRows {

    /** A held change and the company it waits for. */
    record ParkedRow(String entity, String erpKey, long companyId, String payload) {
    }

    /** Holds a record's latest change, in place of the one held before. */
    default void park(String integration, ParkedRow row, LocalDateTime now) {
        release(integration, row.entity(), row.erpKey());
        insert(integration, row.entity(), row.erpKey(), row.companyId(), row.payload(), now);
    }

    @SqlUpdate("INSERT INTO parked_change (integration, entity, erp_key, company_id, payload, parked_at)"
            + " VALUES (:integration, :entity, :key, :company, :payload, :now)")
    void insert(@Bind("integration") String integration, @Bind("entity") String entity, @Bind("key") String erpKey,
                @Bind("company") long companyId, @Bind("payload") String payload, @Bind("now") LocalDateTime now);

    @SqlUpdate("DELETE FROM parked_change WHERE integration = :integration AND entity = :entity AND erp_key = :key")
    void release(@Bind("integration") String integration, @Bind("entity") String entity, @Bind("key") String erpKey);

    @SqlQuery("SELECT DISTINCT entity FROM parked_change WHERE integration = :integration")
    Set<String> entities(@Bind("integration") String integration);

    /** The held changes of one entity whose company is no longer "never sync". */
    @SqlQuery("SELECT p.entity, p.erp_key, p.company_id, p.payload FROM parked_change p JOIN company c ON c.id = p.company_id"
            + " WHERE p.integration = :integration AND p.entity = :entity AND c.never_sync = 0 ORDER BY p.erp_key")
    List<ParkedRow> releasable(@Bind("integration") String integration, @Bind("entity") String entity);
}
