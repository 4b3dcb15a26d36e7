package dev.passerelle.client.admin;

import dev.passerelle.client.run.RunReport;
import dev.passerelle.client.store.AdminRows;
import dev.passerelle.client.store.AdminRows.LogRecord;
import dev.passerelle.client.store.AdminRows.RunRecord;
import dev.passerelle.client.store.CrmStore;
import dev.passerelle.client.store.RunStanding;
import java.sql.Timestamp;
import java.time.LocalDateTime;
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
        return store.jdbi().withHandle(handle -> AdminRows.latestRuns(handle, integration, limit)).stream()
                .map(RunHistory::runRow).toList();
    }

    /** The largest page {@link #page} and {@link #logPage} read. */
    public static final int MAX_PAGE = 500;

    /** One page of an integration's runs, newest first; only those of one status when {@code status} is given. */
    public Paged<RunRow> page(String integration, String status, int offset, int limit) {
        Paged.check(offset, limit, MAX_PAGE);
        AdminRows.Page<RunRecord> page = store.jdbi().withHandle(handle -> AdminRows.runs(handle, integration, status, offset,
                limit));
        return new Paged<>(page.rows().stream().map(RunHistory::runRow).toList(), page.total(), offset, limit);
    }

    /** One run as recorded, if there is one of that id. */
    public Optional<RunRow> run(long runId) {
        return store.jdbi().withHandle(handle -> AdminRows.run(handle, runId)).map(RunHistory::runRow);
    }

    /** One page of a run's log, in order; only the lines of one kind (CONFLICT, WARNING...) when {@code kind} is given. */
    public Paged<LogLine> logPage(long runId, String kind, int offset, int limit) {
        Paged.check(offset, limit, MAX_PAGE);
        AdminRows.Page<LogRecord> page = store.jdbi().withHandle(handle -> AdminRows.log(handle, runId, kind, offset, limit));
        return new Paged<>(page.rows().stream().map(RunHistory::logLine).toList(), page.total(), offset, limit);
    }

    private static RunRow runRow(RunRecord run) {
        return new RunRow(run.id(), run.integration(), run.runMode(), run.status(), text(run.startedAt()), run.durationMs());
    }

    private static LogLine logLine(LogRecord line) {
        return new LogLine(text(line.loggedAt()), line.level(), line.kind(), line.entity(), line.recordRef(), line.field(),
                line.crmValue(), line.erpValue(), line.message());
    }

    /** A time as the history has always shown it: "2026-12-06 10:02:03.5" (JDBC's timestamp form). */
    private static String text(LocalDateTime time) {
        return time == null ? "null" : Timestamp.valueOf(time).toString();
    }

    /** When a scheduled turn last found the integration with nothing to exchange (no run recorded then). */
    public Optional<String> lastCheckedAt(String integration) {
        return store.jdbi().withExtension(RunStanding.class, runs -> runs.lastCheckedAt(integration)).map(RunHistory::text);
    }

    public Optional<RunRow> last(String integration) {
        return runs(integration, 1).stream().findFirst();
    }

    public List<LogLine> log(long runId, int limit) {
        return store.jdbi().withHandle(handle -> AdminRows.firstLogLines(handle, runId, limit)).stream()
                .map(RunHistory::logLine).toList();
    }

    /** Whether a run of that id was recorded. */
    public boolean exists(long runId) {
        return run(runId).isPresent();
    }

    /** Counts of a run: entity, direction, outcome, quantity. */
    public List<RunReport.Count> counts(long runId) {
        return store.jdbi().withHandle(handle -> AdminRows.counts(handle, runId)).stream()
                .map(count -> new RunReport.Count(count.entity(), count.direction(), count.outcome(), count.quantity()))
                .toList();
    }
}
