package dev.passerelle.client.store;

import dev.passerelle.client.run.Direction;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * What the administrator reads about past runs and the error queue: runs, a run's log and counts,
 * queued errors. A listing reads a page at a time: one {@code ORDER BY ... OFFSET ... FETCH NEXT}
 * (valid on SQL Server and H2) beside a count with the same filters; a filter left null is not
 * applied. Stateless.
 */
public final class AdminRows {

    private static final String RUN_COLUMNS = "SELECT id, integration, run_mode, status, started_at, duration_ms";
    private static final String LOG_COLUMNS = "SELECT logged_at, level, kind, entity, record_ref, field, crm_value, erp_value, message";
    private static final String ERROR_COLUMNS = "SELECT outbox_id, integration, entity, crm_id, status, field_errors, attempts,"
            + " stopped, last_at";
    private static final RowMapper<RunRecord> RUN = ConstructorMapper.of(RunRecord.class);
    private static final RowMapper<LogRecord> LOG = ConstructorMapper.of(LogRecord.class);
    private static final RowMapper<ErrorRecord> ERROR = ConstructorMapper.of(ErrorRecord.class);

    private AdminRows() {
    }

    /** One run as recorded; {@code durationMs} null while it runs. */
    public record RunRecord(long id, String integration, String runMode, String status, LocalDateTime startedAt,
                            Long durationMs) {
    }

    /** One line of a run's log. */
    public record LogRecord(LocalDateTime loggedAt, String level, String kind, String entity, String recordRef, String field,
                            String crmValue, String erpValue, String message) {
    }

    /** A record the ERP did not take, queued under its outbox entry's id. */
    public record ErrorRecord(long outboxId, String integration, String entity, long crmId, String status, String fieldErrors,
                              int attempts, boolean stopped, LocalDateTime lastAt) {
    }

    /** One count of a run: how many records of an entity went one way with one outcome. */
    public record CountRecord(String entity, Direction direction, String outcome, int quantity) {
    }

    /** Rows of one page, and how many rows the whole listing has. */
    public record Page<T>(List<T> rows, long total) {
    }

    /** An integration's runs, newest first, of one status when {@code status} is not null. */
    public static Page<RunRecord> runs(Handle handle, String integration, String status, int offset, int limit) {
        String where = " FROM sync_run WHERE integration = :integration" + (status == null ? "" : " AND status = :status");
        return page(handle, where, "id DESC", offset, limit, RUN_COLUMNS, RUN, query -> {
            query.bind("integration", integration);
            return status == null ? query : query.bind("status", status);
        });
    }

    public static Optional<RunRecord> run(Handle handle, long runId) {
        return handle.createQuery(RUN_COLUMNS + " FROM sync_run WHERE id = :id").bind("id", runId).map(RUN).findFirst();
    }

    /** A run's log in order, the lines of one kind when {@code kind} is not null. */
    public static Page<LogRecord> log(Handle handle, long runId, String kind, int offset, int limit) {
        String where = " FROM run_log WHERE run_id = :run" + (kind == null ? "" : " AND kind = :kind");
        return page(handle, where, "id", offset, limit, LOG_COLUMNS, LOG, query -> {
            query.bind("run", runId);
            return kind == null ? query : query.bind("kind", kind);
        });
    }

    /** An integration's latest runs, newest first. */
    public static List<RunRecord> latestRuns(Handle handle, String integration, int limit) {
        return handle.createQuery("SELECT TOP (:limit) id, integration, run_mode, status, started_at, duration_ms FROM sync_run"
                + " WHERE integration = :integration ORDER BY id DESC").bind("limit", limit).bind("integration", integration)
                .map(RUN).list();
    }

    /** The first lines of a run's log, in order. */
    public static List<LogRecord> firstLogLines(Handle handle, long runId, int limit) {
        return handle.createQuery("SELECT TOP (:limit) logged_at, level, kind, entity, record_ref, field, crm_value, erp_value,"
                + " message FROM run_log WHERE run_id = :run ORDER BY id").bind("limit", limit).bind("run", runId).map(LOG).list();
    }

    public static List<CountRecord> counts(Handle handle, long runId) {
        return handle.createQuery("SELECT entity, direction, outcome, quantity FROM run_count WHERE run_id = :run"
                + " ORDER BY entity, direction, outcome").bind("run", runId).map(ConstructorMapper.of(CountRecord.class)).list();
    }

    /** The error queue, oldest first: of one integration, and stopped or not, when given. */
    public static Page<ErrorRecord> errors(Handle handle, String integration, Boolean stopped, int offset, int limit) {
        String where = " FROM error_queue WHERE 1 = 1" + (integration == null ? "" : " AND integration = :integration")
                + (stopped == null ? "" : " AND stopped = :stopped");
        return page(handle, where, "outbox_id", offset, limit, ERROR_COLUMNS, ERROR, query -> {
            if (integration != null) {
                query.bind("integration", integration);
            }
            return stopped == null ? query : query.bind("stopped", stopped);
        });
    }

    public static Optional<ErrorRecord> error(Handle handle, long outboxId) {
        return handle.createQuery(ERROR_COLUMNS + " FROM error_queue WHERE outbox_id = :id").bind("id", outboxId).map(ERROR)
                .findFirst();
    }

    private static <T> Page<T> page(Handle handle, String where, String order, int offset, int limit, String columns,
                                    RowMapper<T> mapper, UnaryOperator<Query> filters) {
        long total = filters.apply(handle.createQuery("SELECT COUNT(*)" + where)).mapTo(Long.class).one();
        List<T> rows = filters.apply(handle.createQuery(columns + where + " ORDER BY " + order
                        + " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY"))
                .bind("offset", offset).bind("limit", limit).map(mapper).list();
        return new Page<>(rows, total);
    }
}
