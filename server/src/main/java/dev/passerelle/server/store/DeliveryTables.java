package dev.passerelle.server.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * What makes the exchange safe to repeat: the tombstones of deleted records (delivered as deletes by the
 * change feed), the stored answer of each processed batch (a batch sent again is answered from it) and
 * the account-code sequence. Attach to a handle.
 */
@RegisterConstructorMapper(DeliveryTables.Tombstone.class)
public interface DeliveryTables {

    /** A deleted record and the version its deletion took. */
    record Tombstone(long recordId, long rowVersion) {
    }

    /** Up to {@code limit} tombstones of an entity after a version, up to the horizon, by version. */
    @SqlQuery("SELECT record_id, row_version FROM tombstone WHERE entity = :entity AND row_version > :after"
            + " AND row_version <= :horizon ORDER BY row_version OFFSET 0 ROWS FETCH NEXT :limit ROWS ONLY")
    List<Tombstone> tombstones(@Bind("entity") String entity, @Bind("after") long after, @Bind("horizon") long horizon,
                               @Bind("limit") int limit);

    /** The answer stored for a batch, as contract XML. */
    @SqlQuery("SELECT answer FROM processed_batch WHERE batch_id = :id")
    Optional<String> batchAnswer(@Bind("id") String batchId);

    /** Stores a batch's answer; a second delivery's insert fails on the batch id (a duplicate key). */
    @SqlUpdate("INSERT INTO processed_batch (batch_id, caller, processed_at, answer) VALUES (:id, :caller, GETDATE(), :answer)")
    void storeBatchAnswer(@Bind("id") String batchId, @Bind("caller") String caller, @Bind("answer") String answerXml);

    /** Takes the next number of the account-code sequence (in the caller's transaction). */
    default long nextAccountNumber() {
        advanceAccountSequence();
        return accountSequence() - 1;
    }

    @SqlUpdate("UPDATE code_sequence SET next_value = next_value + 1 WHERE name = N'ACCOUNT'")
    void advanceAccountSequence();

    @SqlQuery("SELECT next_value FROM code_sequence WHERE name = N'ACCOUNT'")
    long accountSequence();

    @SqlQuery("SELECT COUNT(*) FROM account WHERE code = :code")
    long accountsWithCode(@Bind("code") String code);
}
