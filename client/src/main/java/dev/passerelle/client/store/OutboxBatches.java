package dev.passerelle.client.store;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Outbox entries on their way to the ERP: a batch id is stored on the entries before the call, so a
 * batch whose answer never came is found again and sent with the same id. Lists of ids are given in
 * chunks small enough for one statement's parameters.
 */
public interface OutboxBatches {

    /**
     * Up to {@code size} pending entries of an entity after the id {@code after}, by id, in no batch and not
     * stopped by an operator.
     */
    @SqlQuery("SELECT TOP (:size) o.id FROM outbox o WHERE o.integration = :integration AND o.entity = :entity"
            + " AND o.state = N'PENDING' AND o.batch_id IS NULL AND o.id > :after"
            + " AND NOT EXISTS (SELECT 1 FROM error_queue e WHERE e.outbox_id = o.id AND e.stopped = 1) ORDER BY o.id")
    List<Long> nextPending(@Bind("integration") String integration, @Bind("entity") String entity, @Bind("after") long after,
                           @Bind("size") int size);

    @SqlQuery("SELECT COUNT(*) FROM outbox WHERE integration = :integration AND state = N'PENDING'")
    long pendingCount(@Bind("integration") String integration);

    /** The highest id of the integration's entries, 0 when it has none: it grows with each CRM change written. */
    @SqlQuery("SELECT COALESCE(MAX(id), 0) FROM outbox WHERE integration = :integration")
    long latestId(@Bind("integration") String integration);

    @SqlQuery("SELECT COUNT(*) FROM outbox WHERE integration = :integration AND entity = :entity AND state = N'PENDING'")
    long pendingCount(@Bind("integration") String integration, @Bind("entity") String entity);

    /** Stores the batch id on its entries and counts the attempt. */
    @SqlBatch("UPDATE outbox SET batch_id = :batch, attempts = attempts + 1 WHERE id = :id")
    void assign(@Bind("batch") String batchId, @Bind("id") List<Long> outboxIds);

    /** The batches of an integration sent without an answer written back. */
    @SqlQuery("SELECT DISTINCT batch_id FROM outbox WHERE integration = :integration AND batch_id IS NOT NULL")
    List<String> unanswered(@Bind("integration") String integration);

    @SqlQuery("SELECT id FROM outbox WHERE batch_id = :batch ORDER BY id")
    List<Long> entriesOf(@Bind("batch") String batchId);

    /**
     * Takes entries out of their batch, to go again with a later one. Looked up by id: outbox.batch_id
     * has no index, and a look by batch id walked every pending entry.
     */
    @SqlUpdate("UPDATE outbox SET batch_id = NULL WHERE batch_id = :batch AND id IN (<ids>)")
    void release(@Bind("batch") String batchId, @BindList("ids") List<Long> outboxIds);
}
