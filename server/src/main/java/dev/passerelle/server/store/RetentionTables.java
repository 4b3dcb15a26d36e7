package dev.passerelle.server.store;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * What the ERP keeps for its clients only for the retention: tombstones (with the version up to which
 * they were purged), the stored answers of processed batches and the client references of applied
 * inserts. Ages are measured by the database's clock, which stamped them. Attach to a handle.
 */
public interface RetentionTables {

    /** The newest version among tombstones older than the retention; null when there is none. */
    @SqlQuery("SELECT MAX(row_version) FROM tombstone WHERE deleted_at < DATEADD(SECOND, -:seconds, GETDATE())")
    Long expiredTombstonesThrough(@Bind("seconds") long retentionSeconds);

    /** Answers how many tombstones went. */
    @SqlUpdate("DELETE FROM tombstone WHERE row_version <= :through")
    int deleteTombstonesThrough(@Bind("through") long version);

    /** Records that tombstones were purged up to a version (never moving it back): an older token is expired. */
    @SqlUpdate("UPDATE tombstone_purge SET purged_through = :through WHERE id = 1 AND purged_through < :through")
    void purgedThrough(@Bind("through") long version);

    @SqlQuery("SELECT purged_through FROM tombstone_purge WHERE id = 1")
    long purgedThrough();

    /** Answers how many processed batches' answers went. */
    @SqlUpdate("DELETE FROM processed_batch WHERE processed_at < DATEADD(SECOND, -:seconds, GETDATE())")
    int deleteProcessedBatches(@Bind("seconds") long retentionSeconds);

    /** Answers how many applied insert references went. */
    @SqlUpdate("DELETE FROM applied_insert WHERE applied_at < DATEADD(SECOND, -:seconds, GETDATE())")
    int deleteAppliedInserts(@Bind("seconds") long retentionSeconds);
}
