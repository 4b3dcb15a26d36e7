package dev.passerelle.client.sync;

import dev.passerelle.client.identity.Identity;
import dev.passerelle.client.identity.IdentityMap;
import dev.passerelle.client.mapping.EntitySpec;
import dev.passerelle.client.store.Outbox;
import dev.passerelle.client.store.RecordRows;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Stores the ERP key the answer to an INSERT gave a CRM record, once. The identity map may already
 * link the key to another CRM record: the ERP applied the insert, its answer never reached the store,
 * and the record came back as an ERP insert of which the engine made a CRM copy. The sent record
 * then takes the key and the copy goes, unless it is an account (a company hangs on it) or the CRM
 * edited the copy since: both then stay and the run says so, naming the two records. Never fails a
 * run on a key already mapped. Stateless.
 */
final class KeyClaims {

    private KeyClaims() {
    }

    /** Links {@code key} to {@code crmId}; answers whether the record now holds the key. */
    static boolean claim(RunContext run, Handle handle, IdentityMap map, EntitySpec spec, String key, long crmId,
                         long version) {
        Optional<Identity> holder = map.byKey(run.integration(), spec.name(), key);
        if (holder.isEmpty()) {
            map.insert(run.integration(), spec.name(), key, crmId, version);
            return true;
        }
        long copy = holder.get().crmId();
        if (copy == crmId) {
            return true;
        }
        if (spec == EntitySpec.ACCOUNT || !Outbox.pendingFor(handle, spec.name(), copy).isEmpty()) {
            run.journal().warn(spec.name(), Long.toString(crmId), "the ERP answered " + spec.name() + " " + crmId
                    + " with key " + key + ", which is already linked to CRM record " + copy
                    + ": two CRM records for one ERP record; keep one and delete the other");
            return false;
        }
        map.remove(run.integration(), spec.name(), key);
        RecordRows.delete(handle, spec, copy);
        map.insert(run.integration(), spec.name(), key, crmId, version);
        run.journal().warn(spec.name(), Long.toString(crmId), "CRM record " + copy + " was the ERP's copy of "
                + spec.name() + " " + crmId + " (key " + key + "), made before the answer to its insert was stored;"
                + " the copy was removed");
        return true;
    }
}
