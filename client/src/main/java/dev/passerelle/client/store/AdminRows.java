package dev.passerelle.client.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * What the administrator's listings read a page at a time: runs, a run's log, queued errors. Each
 * page is one {@code ORDER BY ... OFFSET ... FETCH NEXT} (valid on SQL Server and H2) beside a count
 * with the same filters; a filter left null is not applied. Rows come as column maps, typed by the
 * callers. Stateless.
 */
public final class AdminRows {

    private static final String RUN_COLUMNS = "SELECT id, integration, run_mode, status, started_at, duration_ms";
    private static final String LOG_COLUMNS = "SELECT logged_at, level, kind, entity, record_ref, field, crm_value, erp_value, message";
    private static final String ERROR_COLUMNS = "SELECT outbox_id, integration, entity, crm_id, status, field_errors, attempts,"
            + " stopped, last_at";

    private AdminRows() {
    }

    /** Rows of one page, and how many rows the whole listing has. */
    public record Page(List<Map<String, Object>> rows, long total) {
    }

    /** An integration's runs, newest first, of one status when {@code status} is not null. */
    public static Page runs(Handle handle, String integration, String status, int offset, int limit) {
        String where = " FROM sync_run WHERE integration = :integration" + (status == null ? "" : " AND status = :status");
        return page(handle, where, "id DESC", offset, limit, RUN_COLUMNS, query -> {
            query.bind("integration", integration);
            return status == null ? query : query.bind("status", status);
        });
    }

    public static Optional<Map<String, Object>> run(Handle handle, long runId) {
        return handle.createQuery(RUN_COLUMNS + " FROM sync_run WHERE id = :id").bind("id", runId).mapToMap().findFirst();
    }

    /** A run's log in order, the lines of one kind when {@code kind} is not null. */
    public static Page log(Handle handle, long runId, String kind, int offset, int limit) {
        String where = " FROM run_log WHERE run_id = :run" + (kind == null ? "" : " AND kind = :kind");
        return page(handle, where, "id", offset, limit, LOG_COLUMNS, query -> {
            query.bind("run", runId);
            return kind == null ? query : query.bind("kind", kind);
        });
    }

    /** The error queue, oldest first: of one integration, and stopped or not, when given. */
    public static Page errors(Handle handle, String integration, Boolean stopped, int offset, int limit) {
        String where = " FROM error_queue WHERE 1 = 1" + (integration == null ? "" : " AND integration = :integration")
                + (stopped == null ? "" : " AND stopped = :stopped");
        return page(handle, where, "outbox_id", offset, limit, ERROR_COLUMNS, query -> {
            if (integration != null) {
                query.bind("integration", integration);
            }
            return stopped == null ? query : query.bind("stopped", stopped);
        });
    }

    private static Page page(Handle handle, String where, String order, int offset, int limit, String columns,
                             UnaryOperator<Query> filters) {
        long total = filters.apply(handle.createQuery("SELECT COUNT(*)" + where)).mapTo(Long.class).one();
        List<Map<String, Object>> rows = filters.apply(handle.createQuery(columns + where + " ORDER BY " + order
                        + " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY"))
                .bind("offset", offset).bind("limit", limit).mapToMap().list();
        return new Page(rows, total);
    }
}
