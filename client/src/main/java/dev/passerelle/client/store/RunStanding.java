package dev.passerelle.client.store;

import java.time.LocalDateTime;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Where an integration's runs stand, for health checks and meters: its last finished run, the end of
 * its last completed one, the last turn that found nothing to exchange, its error queue and pending outbox. Times are the store's (UTC). Each query
 * walks {@code ix_sync_run_integration} backwards and stops at the first match. Attach to a handle.
 */
@RegisterConstructorMapper(RunStanding.FinishedRun.class)
public interface RunStanding {

    /** A run that ended: SUCCESS, WARNING or FAILURE. */
    record FinishedRun(long id, String runMode, String status, LocalDateTime startedAt, LocalDateTime endedAt,
                       Long durationMs) {
    }

    @SqlQuery("SELECT TOP (1) id, run_mode, status, started_at, ended_at, duration_ms FROM sync_run"
            + " WHERE integration = :integration AND status IN (N'SUCCESS', N'WARNING', N'FAILURE') ORDER BY id DESC")
    Optional<FinishedRun> lastFinished(@Bind("integration") String integration);

    /** When the last run that completed (SUCCESS or WARNING) ended. */
    @SqlQuery("SELECT TOP (1) ended_at FROM sync_run WHERE integration = :integration"
            + " AND status IN (N'SUCCESS', N'WARNING') ORDER BY id DESC")
    Optional<LocalDateTime> lastCompletedAt(@Bind("integration") String integration);

    /** When a scheduled turn last found the integration with nothing to exchange (it recorded no run then). */
    @SqlQuery("SELECT checked_at FROM idle_check WHERE integration = :integration")
    Optional<LocalDateTime> lastCheckedAt(@Bind("integration") String integration);

    @SqlQuery("SELECT COUNT(*) FROM error_queue WHERE integration = :integration")
    long errorQueue(@Bind("integration") String integration);

    @SqlQuery("SELECT COUNT(*) FROM outbox WHERE integration = :integration AND state = N'PENDING'")
    long pendingOut(@Bind("integration") String integration);
}
