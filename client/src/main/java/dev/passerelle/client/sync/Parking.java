package dev.passerelle.client.sync;

import dev.passerelle.client.store.ParkedRows;
import dev.passerelle.client.store.ParkedRows.ParkedRow;
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
        handle.attach(ParkedRows.class).park(integration, new ParkedRow(entity, erpKey, companyId, ChangeXml.write(change)), now);
    }

    /** The entities of an integration with parked changes, so that a run looks further only where there are some. */
    static Set<String> entitiesParked(Jdbi jdbi, String integration) {
        return jdbi.withExtension(ParkedRows.class, rows -> rows.entities(integration));
    }

    /** Parked changes of one entity whose company is back in the flow. */
    static List<Parked> releasable(Handle handle, String integration, String entity, Set<Long> skipped) {
        return handle.attach(ParkedRows.class).releasable(integration, entity).stream()
                .filter(row -> !skipped.contains(row.companyId()))
                .map(row -> new Parked(row.entity(), row.erpKey(), ChangeXml.read(row.payload())))
                .toList();
    }

    static void release(Handle handle, String integration, String entity, String erpKey) {
        handle.attach(ParkedRows.class).release(integration, entity, erpKey);
    }
}
