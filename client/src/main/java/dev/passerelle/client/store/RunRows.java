package dev.passerelle.client.store;

import dev.passerelle.client.run.RunMode;
import dev.passerelle.client.run.RunReport;
import dev.passerelle.client.run.RunStatus;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** How a run is written down while it goes: its row in sync_run, its log lines and, at its end, its counts. */
public interface RunRows {

    /** One line of a run's log; every text at most 4,000 characters. */
    record LogLine(long run, LocalDateTime at, String level, String kind, String entity, String record, String field,
                   String crmValue, String erpValue, String message) {
    }

    /** Answers the new run's id. */
    @SqlUpdate("INSERT INTO sync_run (integration, run_mode, status, started_at) VALUES (:integration, :mode, :status, :now)")
    @GetGeneratedKeys("id")
    long start(@Bind("integration") String integration, @Bind("mode") RunMode mode, @Bind("status") RunStatus status,
               @Bind("now") LocalDateTime now);

    @SqlQuery("SELECT id FROM sync_run WHERE integration = :integration AND status = :status ORDER BY id")
    List<Long> runs(@Bind("integration") String integration, @Bind("status") RunStatus status);

    @SqlUpdate("INSERT INTO run_log (run_id, logged_at, level, kind, entity, record_ref, field, crm_value, erp_value, message)"
            + " VALUES (:run, :at, :level, :kind, :entity, :record, :field, :crmValue, :erpValue, :message)")
    void log(@BindMethods LogLine line);

    @SqlUpdate("UPDATE sync_run SET status = :status, ended_at = :now, duration_ms = :ms WHERE id = :id")
    void end(@Bind("id") long runId, @Bind("status") RunStatus status, @Bind("now") LocalDateTime now, @Bind("ms") Long millis);

    @SqlBatch("INSERT INTO run_count (run_id, entity, direction, outcome, quantity)"
            + " VALUES (:run, :entity, :direction, :outcome, :quantity)")
    void counts(@Bind("run") long runId, @BindMethods List<RunReport.Count> counts);
}
