package dev.passerelle.client.store;

import java.time.LocalDateTime;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The errors tab as the sync writes it: one row per outbox entry the ERP did not take, with its
 * status and field errors (one per line), how often it was tried, and whether a user stopped it.
 */
public interface ErrorRows {

    @SqlQuery("SELECT COUNT(*) FROM error_queue WHERE integration = :integration")
    long count(@Bind("integration") String integration);

    @SqlQuery("SELECT attempts FROM error_queue WHERE outbox_id = :id")
    Optional<Integer> attempts(@Bind("id") long outboxId);

    /** Queues an entry the ERP refused for the first time. */
    @SqlUpdate("INSERT INTO error_queue (outbox_id, integration, entity, crm_id, status, field_errors, attempts, stopped,"
            + " first_at, last_at) VALUES (:id, :integration, :entity, :crmId, :status, :errors, 1, 0, :now, :now)")
    void queue(@Bind("id") long outboxId, @Bind("integration") String integration, @Bind("entity") String entity,
               @Bind("crmId") long crmId, @Bind("status") String status, @Bind("errors") String fieldErrors,
               @Bind("now") LocalDateTime now);

    /** Records one more refusal of a queued entry. */
    @SqlUpdate("UPDATE error_queue SET status = :status, field_errors = :errors, attempts = :attempts, last_at = :now"
            + " WHERE outbox_id = :id")
    void refusedAgain(@Bind("id") long outboxId, @Bind("status") String status, @Bind("errors") String fieldErrors,
                      @Bind("attempts") int attempts, @Bind("now") LocalDateTime now);

    /**
     * Makes a queued entry an INSERT of its record as it is now, forgetting the ERP key it had (the ERP
     * answered NOT_FOUND: it lost the record): the entry leaves the queue and the next run creates it.
     */
    default void resendAsNew(long outboxId, String integration, String entity, long crmId, LocalDateTime now) {
        forgetKey(integration, entity, crmId);
        dequeue(outboxId);
        deleteOutboxFields(outboxId);
        makeInsert(outboxId, now);
    }

    @SqlUpdate("DELETE FROM identity_map WHERE integration = :integration AND entity = :entity AND crm_id = :crmId")
    void forgetKey(@Bind("integration") String integration, @Bind("entity") String entity, @Bind("crmId") long crmId);

    @SqlUpdate("DELETE FROM error_queue WHERE outbox_id = :id")
    void dequeue(@Bind("id") long outboxId);

    @SqlUpdate("DELETE FROM outbox_field WHERE outbox_id = :id")
    void deleteOutboxFields(@Bind("id") long outboxId);

    /** A new client reference too: the ERP must not take it for the lost insert's. */
    @SqlUpdate("UPDATE outbox SET operation = N'INSERT', erp_key = NULL, batch_id = NULL, client_ref = NEWID(),"
            + " updated_at = :now WHERE id = :id")
    void makeInsert(@Bind("id") long outboxId, @Bind("now") LocalDateTime now);

    /** Answers how many entries changed: 0 when there is no such entry. */
    @SqlUpdate("UPDATE error_queue SET stopped = :stopped WHERE outbox_id = :id")
    int setStopped(@Bind("id") long outboxId, @Bind("stopped") boolean stopped);
}
