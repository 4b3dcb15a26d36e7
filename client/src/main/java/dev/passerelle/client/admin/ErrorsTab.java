package dev.passerelle.client.admin;

import dev.passerelle.client.run.EngineException;
import dev.passerelle.client.store.AdminRows;
import dev.passerelle.client.store.AdminRows.ErrorRecord;
import dev.passerelle.client.store.CrmStore;
import dev.passerelle.client.store.ErrorRows;
import dev.passerelle.client.sync.ErrorQueue;
import java.time.LocalDateTime;
import java.util.List;

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
        AdminRows.Page<ErrorRecord> page = store.jdbi().withHandle(handle -> AdminRows.errors(handle, integration, stopped,
                offset, limit));
        return new Paged<>(page.rows().stream().map(ErrorsTab::queued).toList(), page.total(), offset, limit);
    }

    public List<QueuedError> list() {
        return store.jdbi().withHandle(handle -> AdminRows.errors(handle, null, null, 0, Integer.MAX_VALUE)).rows().stream()
                .map(ErrorsTab::queued).toList();
    }

    private static QueuedError queued(ErrorRecord error) {
        return new QueuedError(error.outboxId(), error.integration(), error.entity(), error.crmId(), error.status(),
                error.fieldErrors(), error.attempts(), error.stopped(), error.lastAt());
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
            ErrorRecord queued = AdminRows.error(handle, id)
                    .orElseThrow(() -> new EngineException.BadRequest("no queued error with id " + id));
            if (!"NOT_FOUND".equals(queued.status())) {
                throw new EngineException.BadRequest("record " + id + " was answered " + queued.status()
                        + ", not NOT_FOUND: the ERP knows it; fix it, or stop it with crm-sync errors --stop " + id);
            }
            handle.attach(ErrorRows.class).resendAsNew(id, queued.integration(), queued.entity(), queued.crmId(), store.now());
        });
    }

    private void set(long id, boolean stopped) {
        if (!store.jdbi().withHandle(handle -> ErrorQueue.setStopped(handle, id, stopped))) {
            throw new EngineException.BadRequest("no queued error with id " + id);
        }
    }
}
