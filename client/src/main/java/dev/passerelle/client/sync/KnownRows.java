package dev.passerelle.client.sync;

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
 * the page's own changes write them (each record appears once in a page). The ERP versions the page
 * brings them are kept here too and written together by {@link #flushVersions}, one batch for the
 * page instead of one statement a record.
 */
final class KnownRows {

    private final Map<Long, Map<String, String>> values = new HashMap<>();
    private final Map<Long, List<OutboxEntry>> pending = new HashMap<>();
    private final VersionWrites versions;

    private KnownRows(String integration) {
        this.versions = new VersionWrites(integration);
    }

    static KnownRows read(Handle handle, String integration, EntitySpec spec, Collection<Long> crmIds) {
        KnownRows rows = new KnownRows(integration);
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

    /** The ERP versions of the page's updated records, written by {@link #flushVersions}. */
    VersionWrites versions() {
        return versions;
    }

    /** Writes the versions the page gave its known records, in the handle's transaction. */
    void flushVersions(Handle handle) {
        versions.flush(handle);
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
