package dev.passerelle.client.admin;

import dev.passerelle.client.run.Direction;
import dev.passerelle.client.run.RunReport;
import dev.passerelle.client.store.AdminRows;
import dev.passerelle.client.store.CrmStore;
import java.util.List;
import java.util.Map;
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

    /** The largest page {@link #page} and {@link #logPage} read. */
    public static final int MAX_PAGE = 500;

    /** One page of an integration's runs, newest first; only those of one status when {@code status} is given. */
    public Paged<RunRow> page(String integration, String status, int offset, int limit) {
        Paged.check(offset, limit, MAX_PAGE);
        AdminRows.Page page = store.jdbi().withHandle(handle -> AdminRows.runs(handle, integration, status, offset, limit));
        return new Paged<>(page.rows().stream().map(RunHistory::runRow).toList(), page.total(), offset, limit);
    }

    /** One run as recorded, if there is one of that id. */
    public Optional<RunRow> run(long runId) {
        return store.jdbi().withHandle(handle -> AdminRows.run(handle, runId)).map(RunHistory::runRow);
    }

    /** One page of a run's log, in order; only the lines of one kind (CONFLICT, WARNING...) when {@code kind} is given. */
    public Paged<LogLine> logPage(long runId, String kind, int offset, int limit) {
        Paged.check(offset, limit, MAX_PAGE);
        AdminRows.Page page = store.jdbi().withHandle(handle -> AdminRows.log(handle, runId, kind, offset, limit));
        return new Paged<>(page.rows().stream().map(RunHistory::logLine).toList(), page.total(), offset, limit);
    }

    private static RunRow runRow(Map<String, Object> row) {
        return new RunRow(((Number) row.get("id")).longValue(), (String) row.get("integration"), (String) row.get("run_mode"),
                (String) row.get("status"), String.valueOf(row.get("started_at")),
                row.get("duration_ms") == null ? null : ((Number) row.get("duration_ms")).longValue());
    }

    private static LogLine logLine(Map<String, Object> row) {
        return new LogLine(String.valueOf(row.get("logged_at")), (String) row.get("level"), (String) row.get("kind"),
                (String) row.get("entity"), (String) row.get("record_ref"), (String) row.get("field"),
                (String) row.get("crm_value"), (String) row.get("erp_value"), (String) row.get("message"));
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
