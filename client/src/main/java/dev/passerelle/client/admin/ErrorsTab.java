package dev.passerelle.client.admin;

import dev.passerelle.client.run.EngineException;
import dev.passerelle.client.store.AdminRows;
import dev.passerelle.client.store.CrmStore;
import dev.passerelle.client.sync.ErrorQueue;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** The errors tab: CRM records the ERP rejected, with its field errors; stop syncing one or reactivate it. Thread-safe. */
public final class ErrorsTab {

    private final CrmStore store;

    public ErrorsTab(CrmStore store) {
        this.store = store;
    }

    /** A queued record. {@code id} is the one to give to stop / reactivate. */
    public record QueuedError(long id, String integration, String entity, long crmId, String status, String fieldErrors,
                              int attempts, boolean stopped, LocalDateTime lastAt) {
    }

    /** The largest page {@link #page} reads. */
    public static final int MAX_PAGE = 500;

    /**
     * One page of the queue, oldest first: of one integration (null: all), and only stopped records,
     * only those still sent, or both ({@code stopped} null).
     */
    public Paged<QueuedError> page(String integration, Boolean stopped, int offset, int limit) {
        Paged.check(offset, limit, MAX_PAGE);
        AdminRows.Page page = store.jdbi().withHandle(handle -> AdminRows.errors(handle, integration, stopped, offset, limit));
        return new Paged<>(page.rows().stream().map(ErrorsTab::queued).toList(), page.total(), offset, limit);
    }

    public List<QueuedError> list() {
        return store.jdbi().withHandle(handle -> handle.createQuery("SELECT outbox_id, integration, entity, crm_id, status,"
                        + " field_errors, attempts, stopped, last_at FROM error_queue ORDER BY outbox_id")
                .mapToMap().map(ErrorsTab::queued).list());
    }

    private static QueuedError queued(Map<String, Object> row) {
        return new QueuedError(((Number) row.get("outbox_id")).longValue(), (String) row.get("integration"),
                (String) row.get("entity"), ((Number) row.get("crm_id")).longValue(), (String) row.get("status"),
                (String) row.get("field_errors"), ((Number) row.get("attempts")).intValue(),
                Boolean.TRUE.equals(row.get("stopped")), toLocal(row.get("last_at")));
    }

    /** Takes a record out of the flow ("stop syncing"); runs skip it until it is reactivated. */
    public void stop(long id) {
        set(id, true);
    }

    /** Puts a stopped record back in the flow; the next run sends it again. */
    public void reactivate(long id) {
        set(id, false);
    }

    /**
     * Sends again, as a new record, one the ERP answered NOT_FOUND: the ERP no longer knows its key (it
     * lost the record, or was restored from a backup taken before the record was made). The key is
     * forgotten and the entry becomes an INSERT of the record as it is now; the next run creates it and
     * stores its new key.
     */
    public void recreate(long id) {
        store.jdbi().useTransaction(handle -> {
            var queued = handle.createQuery("SELECT integration, entity, crm_id, status FROM error_queue WHERE outbox_id = :id")
                    .bind("id", id).mapToMap().findOne()
                    .orElseThrow(() -> new EngineException.BadRequest("no queued error with id " + id));
            if (!"NOT_FOUND".equals(queued.get("status"))) {
                throw new EngineException.BadRequest("record " + id + " was answered " + queued.get("status")
                        + ", not NOT_FOUND: the ERP knows it; fix it, or stop it with crm-sync errors --stop " + id);
            }
            handle.createUpdate("DELETE FROM identity_map WHERE integration = :integration AND entity = :entity AND crm_id = :crmId")
                    .bind("integration", queued.get("integration")).bind("entity", queued.get("entity"))
                    .bind("crmId", queued.get("crm_id")).execute();
            handle.createUpdate("DELETE FROM error_queue WHERE outbox_id = :id").bind("id", id).execute();
            handle.createUpdate("DELETE FROM outbox_field WHERE outbox_id = :id").bind("id", id).execute();
            handle.createUpdate("UPDATE outbox SET operation = N'INSERT', erp_key = NULL, batch_id = NULL, client_ref = NEWID(),"
                    + " updated_at = :now WHERE id = :id").bind("now", store.now()).bind("id", id).execute();
        });
    }

    private void set(long id, boolean stopped) {
        if (!store.jdbi().withHandle(handle -> ErrorQueue.setStopped(handle, id, stopped))) {
            throw new EngineException.BadRequest("no queued error with id " + id);
        }
    }

    private static LocalDateTime toLocal(Object value) {
        if (value instanceof LocalDateTime time) {
            return time;
        }
        return value instanceof java.sql.Timestamp stamp ? stamp.toLocalDateTime() : null;
    }
}
