package dev.passerelle.client.sync;

import dev.passerelle.client.store.ErrorRows;
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
        ErrorRows rows = handle.attach(ErrorRows.class);
        String fieldErrors = String.join("\n", errors);
        Optional<Integer> attempts = rows.attempts(entry.id());
        if (attempts.isPresent()) {
            rows.refusedAgain(entry.id(), status, fieldErrors, attempts.get() + 1, now);
        } else {
            rows.queue(entry.id(), entry.integration(), entry.entity(), entry.crmId(), status, fieldErrors, now);
        }
    }

    /** Takes an entry out of the flow, or puts it back; false when there is no such entry. */
    public static boolean setStopped(Handle handle, long outboxId, boolean stopped) {
        return handle.attach(ErrorRows.class).setStopped(outboxId, stopped) == 1;
    }
}
