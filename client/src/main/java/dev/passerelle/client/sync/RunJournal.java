package dev.passerelle.client.sync;

import dev.passerelle.client.run.Direction;
import dev.passerelle.client.run.RunMode;
import dev.passerelle.client.run.RunReport;
import dev.passerelle.client.run.RunStatus;
import dev.passerelle.client.store.CrmStore;
import dev.passerelle.client.store.RunRows;
import dev.passerelle.client.store.RunRows.LogLine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records one run in the store (sync_run, run_count, run_log) and builds its {@link RunReport}.
 * Details beyond a cap are counted, not kept, so memory stays flat. Thread-safe: a run may pull two
 * entities at the same time.
 */
public final class RunJournal {

    private static final Logger LOG = LoggerFactory.getLogger(RunJournal.class);
    private static final int DETAIL_CAP = 5_000;

    private final CrmStore store;
    private final String integration;
    private final RunMode mode;
    private final Instant startedAt;
    private final long runId;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final List<RunReport.Conflict> conflicts = new ArrayList<>();
    private final List<RunReport.KeyReturned> keys = new ArrayList<>();
    private final List<RunReport.Rejection> rejected = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private boolean truncated;

    RunJournal(CrmStore store, String integration, RunMode mode) {
        this.store = store;
        this.integration = integration;
        this.mode = mode;
        this.startedAt = store.clock().instant();
        this.runId = store.jdbi().withExtension(RunRows.class,
                rows -> rows.start(integration, mode, RunStatus.RUNNING, store.now()));
    }

    /**
     * Closes as FAILURE the runs of an integration left RUNNING by a process that stopped before it could
     * end them (killed, machine down). Called by the holder of the integration's run lock, so no run of it
     * is alive.
     */
    static void closeInterrupted(CrmStore store, String integration) {
        store.jdbi().useTransaction(handle -> {
            RunRows rows = handle.attach(RunRows.class);
            for (long run : rows.runs(integration, RunStatus.RUNNING)) {
                rows.log(new LogLine(run, store.now(), "ERROR", "ERROR", null, null, null, null, null,
                        "interrupted: the process running it stopped before the run ended;"
                                + " what it committed stays, the next run went on from there"));
                rows.end(run, RunStatus.FAILURE, store.now(), null);
                LOG.warn("run {} of {} was interrupted (its process stopped); closed as FAILURE", run, integration);
            }
        });
    }

    long runId() {
        return runId;
    }

    synchronized void count(String entity, Direction direction, String outcome, int quantity) {
        if (quantity > 0) {
            counts.merge(entity + "|" + direction.name() + "|" + outcome, quantity, Integer::sum);
        }
    }

    synchronized void conflict(String entity, String record, String field, String crmValue, String erpValue, String winner) {
        log("INFO", "CONFLICT", entity, record, field, crmValue, erpValue,
                "field changed on both sides; " + winner + " wins");
        if (keep(conflicts)) {
            conflicts.add(new RunReport.Conflict(entity, record, field, crmValue, erpValue, winner));
        }
    }

    synchronized void keyReturned(String entity, long crmId, String erpKey, String accountCode) {
        if (keep(keys)) {
            keys.add(new RunReport.KeyReturned(entity, crmId, erpKey, accountCode));
        }
    }

    synchronized void rejected(String entity, long crmId, String status, List<String> fieldErrors) {
        log("WARN", "REJECTED", entity, Long.toString(crmId), null, null, null, status + ": " + String.join("; ", fieldErrors));
        if (keep(rejected)) {
            rejected.add(new RunReport.Rejection(entity, crmId, status, List.copyOf(fieldErrors)));
        }
    }

    synchronized void warn(String entity, String record, String message) {
        log("WARN", "WARNING", entity, record, null, null, null, message);
        if (keep(warnings)) {
            warnings.add(message);
        }
    }

    synchronized void error(String message) {
        log("ERROR", "ERROR", null, null, null, null, null, message);
        errors.add(message);
    }

    private boolean keep(List<?> list) {
        if (list.size() >= DETAIL_CAP) {
            truncated = true;
            return false;
        }
        return true;
    }

    private void log(String level, String kind, String entity, String record, String field, String crmValue,
                     String erpValue, String message) {
        if (conflicts.size() + warnings.size() + rejected.size() >= DETAIL_CAP * 3) {
            return;
        }
        LogLine line = new LogLine(runId, store.now(), level, kind, entity, record, field, clip(crmValue), clip(erpValue),
                clip(message));
        store.jdbi().useExtension(RunRows.class, rows -> rows.log(line));
    }

    private static String clip(String text) {
        return text == null || text.length() <= 4000 ? text : text.substring(0, 3997) + "...";
    }

    synchronized RunReport finish(RunStatus requested) {
        RunStatus status = requested == RunStatus.SUCCESS && (!rejected.isEmpty() || !warnings.isEmpty())
                ? RunStatus.WARNING : requested;
        Duration duration = Duration.between(startedAt, store.clock().instant());
        List<RunReport.Count> countList = new ArrayList<>();
        counts.forEach((key, quantity) -> {
            String[] parts = key.split("\\|");
            countList.add(new RunReport.Count(parts[0], Direction.valueOf(parts[1]), parts[2], quantity));
        });
        store.jdbi().useTransaction(handle -> {
            RunRows rows = handle.attach(RunRows.class);
            rows.end(runId, status, store.now(), duration.toMillis());
            if (!countList.isEmpty()) {
                rows.counts(runId, countList);
            }
        });
        LOG.info("run {} of {} ended {} in {} ms", runId, integration, status, duration.toMillis());
        return new RunReport(runId, integration, mode, status, startedAt, duration, countList, List.copyOf(conflicts),
                List.copyOf(keys), List.copyOf(rejected), List.copyOf(warnings), List.copyOf(errors), truncated);
    }
}
