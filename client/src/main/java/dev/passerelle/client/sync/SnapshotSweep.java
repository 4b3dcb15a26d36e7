package dev.passerelle.client.sync;

import dev.passerelle.client.mapping.EntitySpec;
import dev.passerelle.client.run.Direction;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Catches the deletes a change feed missed (tombstones expired, ERP restored from a backup) when an
 * entity is read again from a full snapshot ("resync all", or an expired change token). Every page
 * stamps the identities it names with the run id; once the snapshot is complete, linked records
 * left unstamped are gone from the ERP: contacts and addresses are deleted from the CRM as an ERP
 * delete would, accounts are marked (a CRM company or account is never deleted for the ERP). Records
 * with pending CRM changes in the outbox are left alone (they go to the ERP and get its answer), and
 * records never linked have no identity, so they are never touched. Works in chunks: memory stays flat.
 */
final class SnapshotSweep {

    private static final int CHUNK = 1000;

    private final RunContext run;
    private final EntitySpec spec;

    private SnapshotSweep(RunContext run, EntitySpec spec) {
        this.run = run;
        this.spec = spec;
    }

    /** A sweep for the entity, or null for entities with no records of their own (settings, figures...). */
    static SnapshotSweep of(RunContext run, dev.passerelle.contract.v1.EntityType entity) {
        return EntitySpec.of(entity).map(spec -> new SnapshotSweep(run, spec)).orElse(null);
    }

    /** Marks the records of one snapshot page as still in the ERP. Joins the page's transaction. */
    void stamp(Handle handle, Collection<String> keys) {
        for (List<String> chunk : Chunks.of(keys)) {
            handle.createUpdate("UPDATE identity_map SET seen_run = :run WHERE integration = :integration"
                            + " AND entity = :entity AND erp_key IN (<keys>)")
                    .bind("run", run.journal().runId()).bind("integration", run.integration())
                    .bind("entity", spec.name()).bindList("keys", chunk).execute();
        }
    }

    /** After the last page: deletes or marks what the snapshot no longer has. */
    void finish() {
        long after = 0;
        while (true) {
            long from = after;
            List<Map<String, Object>> gone = run.store().jdbi().inTransaction(handle -> removed(handle, handle.createQuery(
                            "SELECT TOP (:size) i.crm_id, i.erp_key FROM identity_map i WHERE i.integration = :integration"
                                    + " AND i.entity = :entity AND i.crm_id > :after"
                                    + " AND (i.seen_run IS NULL OR i.seen_run <> :run)"
                                    + " AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.entity = i.entity"
                                    + " AND o.crm_id = i.crm_id AND o.state = N'PENDING')"
                                    + (spec == EntitySpec.ACCOUNT
                                    ? " AND EXISTS (SELECT 1 FROM account a WHERE a.id = i.crm_id AND a.erp_deleted = 0)" : "")
                                    + " ORDER BY i.crm_id")
                    .bind("size", CHUNK).bind("integration", run.integration()).bind("entity", spec.name())
                    .bind("after", from).bind("run", run.journal().runId()).mapToMap().list()));
            if (gone.isEmpty()) {
                return;
            }
            List<Long> ids = gone.stream().map(row -> ((Number) row.get("crm_id")).longValue()).toList();
            for (Map<String, Object> row : gone) {
                run.journal().warn(spec.name(), (String) row.get("erp_key"), spec == EntitySpec.ACCOUNT
                        ? "account " + row.get("erp_key") + " is no longer in the ERP (full snapshot);"
                        + " its CRM company and account are kept and marked"
                        : spec.name() + " " + row.get("erp_key") + " is no longer in the ERP (full snapshot);"
                        + " deleted from the CRM");
            }
            run.journal().count(spec.name(), Direction.ERP_TO_CRM,
                    spec == EntitySpec.ACCOUNT ? "marked-absent" : "deleted-absent", ids.size());
            after = ids.get(ids.size() - 1);
        }
    }

    /** Deletes or marks the records found gone, in the transaction that found them; answers them. */
    private List<Map<String, Object>> removed(Handle handle, List<Map<String, Object>> gone) {
        if (!gone.isEmpty()) {
            remove(handle, gone.stream().map(row -> ((Number) row.get("crm_id")).longValue()).toList());
        }
        return gone;
    }

    private void remove(Handle handle, List<Long> all) {
        for (List<Long> chunk : Chunks.of(all)) {
            removeChunk(handle, chunk);
        }
    }

    private void removeChunk(Handle handle, List<Long> ids) {
        if (spec == EntitySpec.ACCOUNT) {
            handle.createUpdate("UPDATE account SET erp_deleted = 1 WHERE id IN (<ids>)").bindList("ids", ids).execute();
            return;
        }
        spec.ownerEntity().ifPresent(owner -> {
            handle.createUpdate("DELETE FROM erp_held_value WHERE owner_entity = :owner AND owner_id IN (<ids>)")
                    .bind("owner", owner).bindList("ids", ids).execute();
        });
        handle.createUpdate("DELETE FROM " + spec.table() + " WHERE id IN (<ids>)").bindList("ids", ids).execute();
        handle.createUpdate("DELETE FROM identity_map WHERE integration = :integration AND entity = :entity"
                        + " AND crm_id IN (<ids>)")
                .bind("integration", run.integration()).bind("entity", spec.name()).bindList("ids", ids).execute();
    }
}
