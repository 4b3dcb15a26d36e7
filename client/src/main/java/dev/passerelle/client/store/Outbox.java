package dev.passerelle.client.store;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The outbox of CRM changes. Every CRM edit is captured here in the same transaction as the edit;
 * edits to a record not yet sent are coalesced into one entry that keeps each field's first old
 * value. The engine's own writes are never captured, so nothing echoes back to the ERP. Stateless;
 * every call joins the given handle's transaction.
 */
public final class Outbox {

    public static final String PENDING = "PENDING";

    private Outbox() {
    }

    /** Captures an edit of a record's fields (old and new text values). Unchanged fields are ignored. */
    public static void capture(Handle handle, LocalDateTime now, String integration, String entity, long crmId,
                               String operation, String erpKey, Map<String, String> oldValues,
                               Map<String, String> newValues) {
        Optional<OutboxEntry> open = openEntry(handle, entity, crmId);
        if ("DELETE".equals(operation) && open.isPresent() && "INSERT".equals(open.get().operation())) {
            drop(handle, open.get().id());
            return;
        }
        long id;
        Map<String, OutboxEntry.FieldChange> fields;
        if (open.isPresent()) {
            id = open.get().id();
            fields = new LinkedHashMap<>(open.get().fields());
            String merged = "DELETE".equals(operation) ? "DELETE" : open.get().operation();
            handle.createUpdate("UPDATE outbox SET operation = :operation, updated_at = :now WHERE id = :id")
                    .bind("operation", merged).bind("now", now).bind("id", id).execute();
        } else {
            id = handle.createUpdate("INSERT INTO outbox (integration, entity, crm_id, operation, erp_key, state,"
                            + " attempts, created_at, updated_at) VALUES (:integration, :entity, :crmId, :operation,"
                            + " :erpKey, N'PENDING', 0, :now, :now)")
                    .bind("integration", integration).bind("entity", entity).bind("crmId", crmId)
                    .bind("operation", operation).bind("erpKey", erpKey).bind("now", now)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            fields = new LinkedHashMap<>();
        }
        for (Map.Entry<String, String> change : newValues.entrySet()) {
            String field = change.getKey();
            OutboxEntry.FieldChange before = fields.get(field);
            String oldValue = before != null ? before.oldValue() : oldValues.get(field);
            if (before == null && Objects.equals(oldValue, change.getValue())) {
                continue;
            }
            handle.createUpdate("DELETE FROM outbox_field WHERE outbox_id = :id AND field = :field")
                    .bind("id", id).bind("field", field).execute();
            if (!Objects.equals(oldValue, change.getValue()) || "INSERT".equals(operation)) {
                handle.createUpdate("INSERT INTO outbox_field (outbox_id, field, old_value, new_value)"
                                + " VALUES (:id, :field, :old, :new)")
                        .bind("id", id).bind("field", field).bind("old", oldValue).bind("new", change.getValue()).execute();
            }
        }
    }

    /** The entry of a record still open for coalescing (pending and not yet part of a batch). */
    public static Optional<OutboxEntry> openEntry(Handle handle, String entity, long crmId) {
        return handle.createQuery("SELECT id FROM outbox WHERE entity = :entity AND crm_id = :crmId"
                        + " AND state = N'PENDING' AND batch_id IS NULL")
                .bind("entity", entity).bind("crmId", crmId).mapTo(Long.class).findFirst()
                .map(id -> load(handle, List.of(id)).get(0));
    }

    /** Pending entries of a record (sent or not), for conflict resolution with incoming ERP changes. */
    public static List<OutboxEntry> pendingFor(Handle handle, String entity, long crmId) {
        List<Long> ids = handle.createQuery("SELECT id FROM outbox WHERE entity = :entity AND crm_id = :crmId"
                        + " AND state = N'PENDING' ORDER BY id")
                .bind("entity", entity).bind("crmId", crmId).mapTo(Long.class).list();
        return ids.isEmpty() ? List.of() : load(handle, ids);
    }

    public static List<OutboxEntry> load(Handle handle, Collection<Long> ids) {
        Map<Long, OutboxEntry> entries = new LinkedHashMap<>();
        handle.createQuery("SELECT id, integration, entity, crm_id, operation, erp_key, batch_id, client_ref FROM outbox"
                        + " WHERE id IN (<ids>) ORDER BY id")
                .bindList("ids", List.copyOf(ids))
                // client_ref read as text: H2 gives its UUID type an object of its own
                .map((row, context) -> new OutboxEntry(row.getLong("id"), row.getString("integration"),
                        row.getString("entity"), row.getLong("crm_id"), row.getString("operation"), row.getString("erp_key"),
                        row.getString("batch_id"), row.getString("client_ref"), new LinkedHashMap<>()))
                .forEach(entry -> entries.put(entry.id(), entry));
        if (!entries.isEmpty()) {
            handle.createQuery("SELECT outbox_id, field, old_value, new_value FROM outbox_field WHERE outbox_id IN (<ids>)")
                    .bindList("ids", List.copyOf(entries.keySet())).mapToMap()
                    .forEach(row -> entries.get(((Number) row.get("outbox_id")).longValue()).fields()
                            .put((String) row.get("field"), new OutboxEntry.FieldChange(
                                    (String) row.get("old_value"), (String) row.get("new_value"))));
        }
        return new ArrayList<>(entries.values());
    }

    /** Removes one field from an entry (the ERP's value won, or the field is in step again). */
    public static void forgetField(Handle handle, long outboxId, String field) {
        handle.createUpdate("DELETE FROM outbox_field WHERE outbox_id = :id AND field = :field")
                .bind("id", outboxId).bind("field", field).execute();
    }

    /** Moves a field's base (old) value to the ERP's latest value, so later ERP changes are seen as such. */
    public static void rebase(Handle handle, long outboxId, String field, String erpValue) {
        handle.createUpdate("UPDATE outbox_field SET old_value = :value WHERE outbox_id = :id AND field = :field")
                .bind("value", erpValue).bind("id", outboxId).bind("field", field).execute();
    }

    /** Deletes an entry (sent and answered, or made pointless). */
    public static void drop(Handle handle, long outboxId) {
        handle.createUpdate("DELETE FROM error_queue WHERE outbox_id = :id").bind("id", outboxId).execute();
        handle.createUpdate("DELETE FROM outbox_field WHERE outbox_id = :id").bind("id", outboxId).execute();
        handle.createUpdate("DELETE FROM outbox WHERE id = :id").bind("id", outboxId).execute();
    }

    /** Deletes entries (sent and answered), three statements for all; the caller keeps {@code outboxIds} to a bounded list. */
    public static void dropAll(Handle handle, Collection<Long> outboxIds) {
        List<Long> ids = List.copyOf(outboxIds);
        handle.createUpdate("DELETE FROM error_queue WHERE outbox_id IN (<ids>)").bindList("ids", ids).execute();
        handle.createUpdate("DELETE FROM outbox_field WHERE outbox_id IN (<ids>)").bindList("ids", ids).execute();
        handle.createUpdate("DELETE FROM outbox WHERE id IN (<ids>)").bindList("ids", ids).execute();
    }

    /** The pending entries of these records (ids in chunks small enough for one statement's parameters). */
    public static List<Long> pendingIds(Handle handle, String entity, List<Long> crmIds) {
        return handle.createQuery("SELECT id FROM outbox WHERE entity = :entity AND state = N'PENDING' AND crm_id IN (<ids>)")
                .bind("entity", entity).bindList("ids", crmIds).mapTo(Long.class).list();
    }

    /** Makes an entry an INSERT without a key: the ERP deleted the record and the CRM's edit brings it back. */
    public static void makeInsert(Handle handle, long outboxId) {
        handle.createUpdate("UPDATE outbox SET operation = N'INSERT', erp_key = NULL WHERE id = :id").bind("id", outboxId).execute();
    }

    public static int fieldCount(Handle handle, long outboxId) {
        return handle.createQuery("SELECT COUNT(*) FROM outbox_field WHERE outbox_id = :id")
                .bind("id", outboxId).mapTo(Integer.class).one();
    }
}
