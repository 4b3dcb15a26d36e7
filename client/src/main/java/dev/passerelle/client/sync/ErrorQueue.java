package dev.passerelle.client.sync;

import dev.passerelle.client.store.OutboxEntry;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The errors tab: CRM records the ERP did not take, with its field errors. An entry stays queued
 * (its outbox entry pending) and is retried every run until the ERP takes it, unless a user stopped
 * it; reactivating puts it back in the flow.
 */
public final class ErrorQueue {

    private ErrorQueue() {
    }

    static void record(Handle handle, LocalDateTime now, OutboxEntry entry, String status, List<String> errors) {
        Optional<Integer> attempts = handle.createQuery("SELECT attempts FROM error_queue WHERE outbox_id = :id")
                .bind("id", entry.id()).mapTo(Integer.class).findOne();
        if (attempts.isPresent()) {
            handle.createUpdate("UPDATE error_queue SET status = :status, field_errors = :errors, attempts = :attempts,"
                            + " last_at = :now WHERE outbox_id = :id")
                    .bind("status", status).bind("errors", String.join("\n", errors)).bind("attempts", attempts.get() + 1)
                    .bind("now", now).bind("id", entry.id()).execute();
        } else {
            handle.createUpdate("INSERT INTO error_queue (outbox_id, integration, entity, crm_id, status, field_errors,"
                            + " attempts, stopped, first_at, last_at) VALUES (:id, :integration, :entity, :crmId, :status,"
                            + " :errors, 1, 0, :now, :now)")
                    .bind("id", entry.id()).bind("integration", entry.integration()).bind("entity", entry.entity())
                    .bind("crmId", entry.crmId()).bind("status", status).bind("errors", String.join("\n", errors))
                    .bind("now", now).execute();
        }
    }

    /** Takes an entry out of the flow, or puts it back; false when there is no such entry. */
    public static boolean setStopped(Handle handle, long outboxId, boolean stopped) {
        return handle.createUpdate("UPDATE error_queue SET stopped = :stopped WHERE outbox_id = :id")
                .bind("stopped", stopped).bind("id", outboxId).execute() == 1;
    }
}
