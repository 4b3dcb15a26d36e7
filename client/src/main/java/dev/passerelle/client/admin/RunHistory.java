package dev.passerelle.client.admin;

import dev.passerelle.client.run.Direction;
import dev.passerelle.client.run.RunReport;
import dev.passerelle.client.store.CrmStore;
import java.util.List;
import java.util.Optional;

/** Past runs and their log, newest first. Read-only. Thread-safe. */
public final class RunHistory {

    private final CrmStore store;

    public RunHistory(CrmStore store) {
        this.store = store;
    }

    /** One run as recorded. */
    public record RunRow(long id, String integration, String mode, String status, String startedAt, Long durationMs) {
    }

    /** One line of a run's log. */
    public record LogLine(String loggedAt, String level, String kind, String entity, String record, String field,
                          String crmValue, String erpValue, String message) {
    }

    public List<RunRow> runs(String integration, int limit) {
        return store.jdbi().withHandle(handle -> handle.createQuery("SELECT TOP (:limit) id, integration, run_mode, status,"
                        + " started_at, duration_ms FROM sync_run WHERE integration = :integration ORDER BY id DESC")
                .bind("limit", limit).bind("integration", integration).mapToMap()
                .map(row -> new RunRow(((Number) row.get("id")).longValue(), (String) row.get("integration"),
                        (String) row.get("run_mode"), (String) row.get("status"), String.valueOf(row.get("started_at")),
                        row.get("duration_ms") == null ? null : ((Number) row.get("duration_ms")).longValue()))
                .list());
    }

    public Optional<RunRow> last(String integration) {
        return runs(integration, 1).stream().findFirst();
    }

    public List<LogLine> log(long runId, int limit) {
        return store.jdbi().withHandle(handle -> handle.createQuery("SELECT TOP (:limit) logged_at, level, kind, entity,"
                        + " record_ref, field, crm_value, erp_value, message FROM run_log WHERE run_id = :run ORDER BY id")
                .bind("limit", limit).bind("run", runId).mapToMap()
                .map(row -> new LogLine(String.valueOf(row.get("logged_at")), (String) row.get("level"), (String) row.get("kind"),
                        (String) row.get("entity"), (String) row.get("record_ref"), (String) row.get("field"),
                        (String) row.get("crm_value"), (String) row.get("erp_value"), (String) row.get("message")))
                .list());
    }

    /** Counts of a run: entity, direction, outcome, quantity. */
    /** Whether a run of that id was recorded. */
    public boolean exists(long runId) {
        return store.jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM sync_run WHERE id = :id")
                .bind("id", runId).mapTo(Integer.class).one()) > 0;
    }

    public List<RunReport.Count> counts(long runId) {
        return store.jdbi().withHandle(handle -> handle.createQuery("SELECT entity, direction, outcome, quantity FROM run_count"
                        + " WHERE run_id = :run ORDER BY entity, direction, outcome").bind("run", runId).mapToMap()
                .map(row -> new RunReport.Count((String) row.get("entity"), Direction.valueOf((String) row.get("direction")),
                        (String) row.get("outcome"), ((Number) row.get("quantity")).intValue()))
                .list());
    }
}
