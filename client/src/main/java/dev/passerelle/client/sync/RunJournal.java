package dev.passerelle.client.sync;

import dev.passerelle.client.run.Direction;
import dev.passerelle.client.run.RunMode;
import dev.passerelle.client.run.RunReport;
import dev.passerelle.client.run.RunStatus;
import dev.passerelle.client.store.CrmStore;
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
        this.runId = store.jdbi().withHandle(handle -> handle.createUpdate(
                        "INSERT INTO sync_run (integration, run_mode, status, started_at) VALUES (:integration, :mode, :status, :now)")
                .bind("integration", integration).bind("mode", mode.name()).bind("status", RunStatus.RUNNING.name())
                .bind("now", store.now()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /**
     * Closes as FAILURE the runs of an integration left RUNNING by a process that stopped before it could
     * end them (killed, machine down). Called by the holder of the integration's run lock, so no run of it
     * is alive.
     */
    static void closeInterrupted(CrmStore store, String integration) {
        store.jdbi().useTransaction(handle -> {
            List<Long> interrupted = handle.createQuery("SELECT id FROM sync_run WHERE integration = :integration"
                            + " AND status = :running").bind("integration", integration)
                    .bind("running", RunStatus.RUNNING.name()).mapTo(Long.class).list();
            for (long run : interrupted) {
                handle.createUpdate("INSERT INTO run_log (run_id, logged_at, level, kind, message) VALUES (:run, :now,"
                                + " N'ERROR', N'ERROR', :message)")
                        .bind("run", run).bind("now", store.now())
                        .bind("message", "interrupted: the process running it stopped before the run ended;"
                                + " what it committed stays, the next run went on from there").execute();
                handle.createUpdate("UPDATE sync_run SET status = :failure, ended_at = :now WHERE id = :run")
                        .bind("failure", RunStatus.FAILURE.name()).bind("now", store.now()).bind("run", run).execute();
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
        store.jdbi().useHandle(handle -> handle.createUpdate("INSERT INTO run_log (run_id, logged_at, level, kind, entity,"
                        + " record_ref, field, crm_value, erp_value, message) VALUES (:run, :now, :level, :kind, :entity,"
                        + " :record, :field, :crm, :erp, :message)")
                .bind("run", runId).bind("now", store.now()).bind("level", level).bind("kind", kind)
                .bind("entity", entity).bind("record", record).bind("field", field)
                .bind("crm", clip(crmValue)).bind("erp", clip(erpValue)).bind("message", clip(message)).execute());
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
            handle.createUpdate("UPDATE sync_run SET status = :status, ended_at = :now, duration_ms = :ms WHERE id = :id")
                    .bind("status", status.name()).bind("now", store.now()).bind("ms", duration.toMillis())
                    .bind("id", runId).execute();
            var batch = handle.prepareBatch("INSERT INTO run_count (run_id, entity, direction, outcome, quantity)"
                    + " VALUES (:run, :entity, :direction, :outcome, :quantity)");
            for (RunReport.Count count : countList) {
                batch.bind("run", runId).bind("entity", count.entity()).bind("direction", count.direction().name())
                        .bind("outcome", count.outcome()).bind("quantity", count.quantity()).add();
            }
            if (batch.size() > 0) {
                batch.execute();
            }
        });
        LOG.info("run {} of {} ended {} in {} ms", runId, integration, status, duration.toMillis());
        return new RunReport(runId, integration, mode, status, startedAt, duration, countList, List.copyOf(conflicts),
                List.copyOf(keys), List.copyOf(rejected), List.copyOf(warnings), List.copyOf(errors), truncated);
    }
}
