package dev.passerelle.client.sync;

import dev.passerelle.client.identity.IdentityMap;
import dev.passerelle.common.db.DatabaseErrors;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;

/**
 * The ERP versions the answers of one batch give to records the identity map already holds, kept
 * until the batch is written and then written together: one plain JDBC batch of UPDATEs on the
 * handle's connection, inside the batch's transaction, instead of one UPDATE per answer (the
 * largest part of writing an answer back). A record answered more than once keeps its latest
 * version and is written once. Until {@link #flush} the identity map still holds the old versions:
 * readers within the batch ask {@link #pending} first. Used by one thread, for one batch.
 */
final class VersionWrites {

    private final String integration;
    private final Map<RecordKey, Long> pending = new LinkedHashMap<>();

    VersionWrites(String integration) {
        this.integration = integration;
    }

    /** The record of {@code entity} with ERP key {@code erpKey} is now at {@code version}. */
    void put(String entity, String erpKey, long version) {
        pending.put(new RecordKey(entity, erpKey), version);
    }

    /** The version put for the record and not written yet. */
    OptionalLong pending(String entity, String erpKey) {
        Long version = pending.get(new RecordKey(entity, erpKey));
        return version == null ? OptionalLong.empty() : OptionalLong.of(version);
    }

    /** The record left the identity map: a version put for it earlier must not be written. */
    void forget(String entity, String erpKey) {
        pending.remove(new RecordKey(entity, erpKey));
    }

    /** Writes the versions put since the last flush, in the handle's transaction. */
    void flush(Handle handle) {
        if (pending.isEmpty()) {
            return;
        }
        try (PreparedStatement update = handle.getConnection().prepareStatement(IdentityMap.UPDATE_VERSION)) {
            for (Map.Entry<RecordKey, Long> write : pending.entrySet()) {
                update.setLong(1, write.getValue());
                update.setString(2, integration);
                update.setString(3, write.getKey().entity());
                update.setString(4, write.getKey().erpKey());
                update.addBatch();
            }
            update.executeBatch();
        } catch (SQLException failure) {
            throw DatabaseErrors.unableToExecute(failure, IdentityMap.UPDATE_VERSION);
        }
        pending.clear();
    }

    private record RecordKey(String entity, String erpKey) {
    }
}
