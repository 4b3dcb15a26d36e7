package dev.passerelle.client.sync;

import dev.passerelle.client.mapping.EntitySpec;
import dev.passerelle.client.run.Direction;
import dev.passerelle.client.store.SweepRows;
import dev.passerelle.client.store.SweepRows.Unseen;
import java.util.Collection;
import java.util.List;
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
        SweepRows rows = handle.attach(SweepRows.class);
        for (List<String> chunk : Chunks.of(keys)) {
            rows.stamp(run.journal().runId(), run.integration(), spec.name(), chunk);
        }
    }

    /** After the last page: deletes or marks what the snapshot no longer has. */
    void finish() {
        long after = 0;
        while (true) {
            long from = after;
            List<Unseen> gone = run.store().jdbi().inTransaction(handle -> {
                SweepRows rows = handle.attach(SweepRows.class);
                List<Unseen> found = spec == EntitySpec.ACCOUNT
                        ? rows.unseenAccounts(CHUNK, run.integration(), spec.name(), from, run.journal().runId())
                        : rows.unseen(CHUNK, run.integration(), spec.name(), from, run.journal().runId());
                remove(rows, found.stream().map(Unseen::crmId).toList());
                return found;
            });
            if (gone.isEmpty()) {
                return;
            }
            for (Unseen record : gone) {
                run.journal().warn(spec.name(), record.erpKey(), spec == EntitySpec.ACCOUNT
                        ? "account " + record.erpKey() + " is no longer in the ERP (full snapshot);"
                        + " its CRM company and account are kept and marked"
                        : spec.name() + " " + record.erpKey() + " is no longer in the ERP (full snapshot);"
                        + " deleted from the CRM");
            }
            run.journal().count(spec.name(), Direction.ERP_TO_CRM,
                    spec == EntitySpec.ACCOUNT ? "marked-absent" : "deleted-absent", gone.size());
            after = gone.get(gone.size() - 1).crmId();
        }
    }

    /** Deletes or marks the records found gone, in the transaction that found them. */
    private void remove(SweepRows rows, List<Long> all) {
        for (List<Long> ids : Chunks.of(all)) {
            if (spec == EntitySpec.ACCOUNT) {
                rows.markAccountsDeleted(ids);
                continue;
            }
            spec.ownerEntity().ifPresent(owner -> rows.deleteHeldValues(owner, ids));
            rows.deleteRecords(spec.table(), ids);
            rows.forget(run.integration(), spec.name(), ids);
        }
    }
}
