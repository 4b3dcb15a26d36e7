package dev.passerelle.client.sync;

import dev.passerelle.contract.v1.Change;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Holds the ERP changes of records taken out of the flow (never-sync, not-this-time) so that nothing
 * is lost: the latest change per record is kept, as contract XML, and applied once the record is
 * back in the flow. Thread-safe.
 */
final class Parking {

    private Parking() {
    }

    record Parked(String entity, String erpKey, Change change) {
    }

    static void park(Handle handle, LocalDateTime now, String integration, String entity, String erpKey, long companyId,
                     Change change) {
        handle.createUpdate("DELETE FROM parked_change WHERE integration = :integration AND entity = :entity AND erp_key = :key")
                .bind("integration", integration).bind("entity", entity).bind("key", erpKey).execute();
        handle.createUpdate("INSERT INTO parked_change (integration, entity, erp_key, company_id, payload, parked_at)"
                        + " VALUES (:integration, :entity, :key, :company, :payload, :now)")
                .bind("integration", integration).bind("entity", entity).bind("key", erpKey).bind("company", companyId)
                .bind("payload", ChangeXml.write(change)).bind("now", now).execute();
    }

    /** The entities of an integration with parked changes, so that a run looks further only where there are some. */
    static Set<String> entitiesParked(Jdbi jdbi, String integration) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT DISTINCT entity FROM parked_change WHERE integration = :integration")
                .bind("integration", integration).mapTo(String.class).set());
    }

    /** Parked changes of one entity whose company is back in the flow. */
    static List<Parked> releasable(Handle handle, String integration, String entity, Set<Long> skipped) {
        return handle.createQuery("SELECT p.entity, p.erp_key, p.company_id, p.payload FROM parked_change p"
                        + " JOIN company c ON c.id = p.company_id"
                        + " WHERE p.integration = :integration AND p.entity = :entity AND c.never_sync = 0")
                .bind("integration", integration).bind("entity", entity).mapToMap().list().stream()
                .filter(row -> !skipped.contains(((Number) row.get("company_id")).longValue()))
                .map(row -> new Parked((String) row.get("entity"), (String) row.get("erp_key"),
                        ChangeXml.read((String) row.get("payload"))))
                .toList();
    }

    static void release(Handle handle, String integration, String entity, String erpKey) {
        handle.createUpdate("DELETE FROM parked_change WHERE integration = :integration AND entity = :entity AND erp_key = :key")
                .bind("integration", integration).bind("entity", entity).bind("key", erpKey).execute();
    }
}
