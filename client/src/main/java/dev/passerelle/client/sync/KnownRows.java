package dev.passerelle.client.sync;

import dev.passerelle.client.identity.IdentityMap;
import dev.passerelle.client.mapping.EntitySpec;
import dev.passerelle.client.store.Outbox;
import dev.passerelle.client.store.OutboxEntry;
import dev.passerelle.client.store.RecordRows;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * The CRM side of the known records of one page, read once for the page in chunks rather than
 * record by record: their current field values and their pending outbox entries. Valid while only
 * the page's own changes write them (each record appears once in a page).
 */
final class KnownRows {

    private final Map<Long, Map<String, String>> values = new HashMap<>();
    private final Map<Long, List<OutboxEntry>> pending = new HashMap<>();
    private final IdentityMap identities;

    private KnownRows(IdentityMap identities) {
        this.identities = identities;
    }

    static KnownRows read(Handle handle, EntitySpec spec, Collection<Long> crmIds) {
        KnownRows rows = new KnownRows(handle.attach(IdentityMap.class));
        List<Long> withEntries = new ArrayList<>();
        for (List<Long> chunk : Chunks.of(crmIds)) {
            rows.values.putAll(RecordRows.load(handle, spec, chunk));
            withEntries.addAll(Outbox.pendingIds(handle, spec.name(), chunk));
        }
        for (List<Long> chunk : Chunks.of(withEntries)) {
            for (OutboxEntry entry : Outbox.load(handle, chunk)) {
                rows.pending.computeIfAbsent(entry.crmId(), id -> new ArrayList<>()).add(entry);
            }
        }
        return rows;
    }

    /** The identity map, attached once for the page's handle. */
    IdentityMap identities() {
        return identities;
    }

    /** The record's current values (empty when it no longer exists). */
    Map<String, String> values(long crmId) {
        return values.getOrDefault(crmId, Map.of());
    }

    /** The record's pending outbox entries, oldest first. */
    List<OutboxEntry> pending(long crmId) {
        return pending.getOrDefault(crmId, List.of());
    }
}
