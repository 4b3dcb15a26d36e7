package dev.passerelle.server.ops;

import dev.passerelle.common.db.Database;
import dev.passerelle.common.ops.BoundedCheck;
import dev.passerelle.common.ops.Health;
import dev.passerelle.server.endpoint.Maintenance;
import dev.passerelle.server.store.MaintenanceTable;
import dev.passerelle.server.store.SchemaHistoryTable;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ERP endpoint's health: whether its database answers, at which schema version (Flyway's
 * history, {@link SchemaHistoryTable}), and whether the maintenance switch is on. {@code UP} (HTTP
 * 200); {@code MAINTENANCE} (503, with a Retry-After of {@code erp.maintenance.retry-after}) while the
 * switch is on, since every operation but GetServiceInfo is then refused; {@code DOWN} (503) when the
 * database does not answer within {@link #WAIT}. The database is asked through a {@link BoundedCheck},
 * so a database that hangs holds one thread, not one per check. The body names no host, URL or driver
 * message (the endpoint may be reachable by anyone); the log does, once at each change between up and
 * down. Thread-safe; close it once.
 */
public final class ErpHealth implements AutoCloseable {

    /** The longest a check waits for the database. */
    public static final Duration WAIT = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(ErpHealth.class);

    private final Maintenance maintenance;
    private final BoundedCheck<Answer> database;
    private volatile boolean wasUp = true;

    private record Answer(String schemaVersion, MaintenanceTable.State maintenance) {
    }

    public ErpHealth(Database database, Maintenance maintenance) {
        this.maintenance = maintenance;
        this.database = new BoundedCheck<>("erp-health", () -> new Answer(
                database.jdbi().withExtension(SchemaHistoryTable.class, SchemaHistoryTable::currentVersion).orElse(null),
                maintenance.state()));
    }

    public Health check() {
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, Object> databasePart = new LinkedHashMap<>();
        Answer answer;
        try {
            answer = database.get(WAIT);
        } catch (TimeoutException slow) {
            return down(body, databasePart, "no answer within " + WAIT.toSeconds() + " s", "did not answer within " + WAIT);
        } catch (ExecutionException failed) {
            return down(body, databasePart, "unreachable", String.valueOf(failed.getCause()));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return down(body, databasePart, "check interrupted", "interrupted");
        }
        if (!wasUp) {
            LOG.info("health: the ERP database answers again");
            wasUp = true;
        }
        MaintenanceTable.State state = answer.maintenance();
        body.put("status", state.active() ? "MAINTENANCE" : "UP");
        databasePart.put("reachable", true);
        databasePart.put("schemaVersion", answer.schemaVersion());
        body.put("database", databasePart);
        Map<String, Object> maintenancePart = new LinkedHashMap<>();
        maintenancePart.put("on", state.active());
        if (state.changedAt() != null) {
            maintenancePart.put("since", state.changedAt().withNano(0).toString());
        }
        if (state.changedBy() != null) {
            maintenancePart.put("by", state.changedBy());
        }
        if (state.reason() != null) {
            maintenancePart.put("reason", state.reason());
        }
        if (state.active()) {
            maintenancePart.put("retryAfterSeconds", maintenance.retryAfter().toSeconds());
        }
        body.put("maintenance", maintenancePart);
        return new Health(!state.active(), body, state.active() ? Optional.of(maintenance.retryAfter()) : Optional.empty());
    }

    private Health down(Map<String, Object> body, Map<String, Object> databasePart, String shown, String logged) {
        if (wasUp) {
            LOG.warn("health: the ERP database is down: {}", logged);
            wasUp = false;
        }
        body.put("status", "DOWN");
        databasePart.put("reachable", false);
        databasePart.put("error", shown);
        body.put("database", databasePart);
        return new Health(false, body, Optional.empty());
    }

    @Override
    public void close() {
        database.close();
    }
}
