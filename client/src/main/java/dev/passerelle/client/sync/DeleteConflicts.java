package dev.passerelle.client.sync;

import dev.passerelle.client.conflict.ConflictPolicy;
import dev.passerelle.client.identity.Identity;
import dev.passerelle.client.identity.IdentityMap;
import dev.passerelle.client.mapping.EntitySpec;
import dev.passerelle.client.run.Direction;
import dev.passerelle.client.store.Outbox;
import dev.passerelle.client.store.OutboxEntry;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * A contact or delivery address deleted on one side and changed on the other since the last run,
 * settled by the integration's {@link ConflictPolicy} and logged as a conflict on the field
 * {@code record}. ERP wins: an ERP delete removes the CRM record and its pending edit; an ERP change
 * to a record the CRM deleted brings the record back and drops the CRM's delete. CRM wins: a record
 * the CRM changed and the ERP deleted stays and goes to the ERP again as a new record (new key); a
 * CRM delete goes to the ERP and the ERP's change is not applied. Stateless.
 */
final class DeleteConflicts {

    static final String FIELD = "record";

    private DeleteConflicts() {
    }

    /**
     * The ERP deleted a record; answers true when the CRM keeps it (CRM wins over a pending CRM
     * edit): its identity is dropped and its pending edit becomes an insert.
     */
    static boolean crmKeepsDeleted(RunContext run, Handle handle, EntitySpec spec, Identity identity,
                                   List<OutboxEntry> pending) {
        OutboxEntry edit = pending.stream().filter(entry -> !"DELETE".equals(entry.operation())).findFirst().orElse(null);
        if (edit == null) {
            return false;
        }
        boolean crmWins = run.policy() == ConflictPolicy.CRM_WINS;
        run.journal().conflict(spec.name(), identity.erpKey(), FIELD, "changed", "deleted", crmWins ? "CRM" : "ERP");
        run.journal().count(spec.name(), Direction.ERP_TO_CRM, "conflict", 1);
        if (!crmWins) {
            return false;
        }
        handle.attach(IdentityMap.class).remove(run.integration(), spec.name(), identity.erpKey());
        Outbox.makeInsert(handle, edit.id());
        return true;
    }

    /**
     * The ERP changed a record; answers true when the CRM has deleted it and the delete is still to
     * be sent. ERP wins: the delete is dropped and the identity removed, so the caller inserts the
     * ERP's record again (the identity passed is then stale). CRM wins: the caller skips the change.
     */
    static boolean deletedInCrm(RunContext run, Handle handle, EntitySpec spec, Identity identity) {
        OutboxEntry delete = Outbox.pendingFor(handle, spec.name(), identity.crmId()).stream()
                .filter(entry -> "DELETE".equals(entry.operation())).findFirst().orElse(null);
        if (delete == null) {
            return false;
        }
        boolean crmWins = run.policy() == ConflictPolicy.CRM_WINS;
        run.journal().conflict(spec.name(), identity.erpKey(), FIELD, "deleted", "changed", crmWins ? "CRM" : "ERP");
        run.journal().count(spec.name(), Direction.ERP_TO_CRM, "conflict", 1);
        if (!crmWins) {
            Outbox.drop(handle, delete.id());
            handle.attach(IdentityMap.class).remove(run.integration(), spec.name(), identity.erpKey());
        }
        return true;
    }
}
