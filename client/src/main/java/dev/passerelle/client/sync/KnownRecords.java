package dev.passerelle.client.sync;

import dev.passerelle.client.conflict.FieldMerge;
import dev.passerelle.client.identity.Identity;
import dev.passerelle.client.identity.IdentityMap;
import dev.passerelle.client.mapping.EntitySpec;
import dev.passerelle.client.store.Outbox;
import dev.passerelle.client.store.OutboxEntry;
import dev.passerelle.client.store.RecordRows;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** Applies an ERP change to a record the CRM already has: merge field by field, log conflicts, track the version. */
final class KnownRecords {

    private KnownRecords() {
    }

    static Map<String, Identity> identities(Handle handle, String integration, EntitySpec spec, Collection<String> keys) {
        Map<String, Identity> found = new HashMap<>();
        IdentityMap identities = handle.attach(IdentityMap.class);
        for (List<String> chunk : Chunks.of(keys)) {
            identities.byKeys(integration, spec.name(), chunk).forEach(identity -> found.put(identity.erpKey(), identity));
        }
        return found;
    }

    /**
     * Merges and writes; the version goes to the page's {@link KnownRows#versions}, written when the
     * page is. Answers the fields written into the CRM.
     */
    static Map<String, String> update(RunContext run, Handle handle, EntitySpec spec, Identity identity,
                                      Map<String, String> erpValues, long erpVersion, KnownRows rows) {
        Map<String, String> written = merge(run, handle, spec, identity, erpValues, erpVersion,
                rows.values(identity.crmId()), rows.pending(identity.crmId()));
        rows.versions().put(spec.name(), identity.erpKey(), erpVersion);
        return written;
    }

    /**
     * The same for an answer of a sent batch: the record's current CRM values when the caller read
     * them ahead ({@code null}: read here); the version goes to {@code versions}, written with the batch.
     */
    static Map<String, String> update(RunContext run, Handle handle, VersionWrites versions, EntitySpec spec,
                                      Identity identity, Map<String, String> erpValues, long erpVersion,
                                      Map<String, String> readAhead) {
        long crmId = identity.crmId();
        Map<String, String> current = readAhead != null ? readAhead
                : RecordRows.load(handle, spec, List.of(crmId)).getOrDefault(crmId, Map.of());
        Map<String, String> written = merge(run, handle, spec, identity, erpValues, erpVersion, current,
                Outbox.pendingFor(handle, spec.name(), crmId));
        versions.put(spec.name(), identity.erpKey(), erpVersion);
        return written;
    }

    /** Merges field by field and writes the CRM record, the outbox and the conflicts; not the version. */
    private static Map<String, String> merge(RunContext run, Handle handle, EntitySpec spec, Identity identity,
                                             Map<String, String> erpValues, long erpVersion,
                                             Map<String, String> current, List<OutboxEntry> pending) {
        long crmId = identity.crmId();
        erpValues = HeldParts.receive(run, handle, spec, crmId, erpValues, erpVersion);
        FieldMerge.Outcome outcome = FieldMerge.merge(erpValues, current, pending, run.policy());
        RecordRows.update(handle, spec, crmId, outcome.toWrite());
        for (FieldMerge.OutboxEdit edit : outcome.outboxEdits()) {
            if (edit.forget()) {
                Outbox.forgetField(handle, edit.outboxId(), edit.field());
            } else {
                Outbox.rebase(handle, edit.outboxId(), edit.field(), edit.newBase());
            }
        }
        for (OutboxEntry entry : pending) {
            if ("UPDATE".equals(entry.operation()) && entry.batchId() == null && Outbox.fieldCount(handle, entry.id()) == 0) {
                Outbox.drop(handle, entry.id());
            }
        }
        for (FieldMerge.FieldConflict conflict : outcome.conflicts()) {
            run.journal().conflict(spec.name(), identity.erpKey(), conflict.field(), conflict.crmValue(),
                    conflict.erpValue(), conflict.winner());
        }
        return outcome.toWrite();
    }
}
