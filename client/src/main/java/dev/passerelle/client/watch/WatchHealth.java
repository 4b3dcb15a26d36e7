package dev.passerelle.client.watch;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.common.ops.BoundedCheck;
import dev.passerelle.common.ops.Health;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The health of the integrations {@code crm-sync watch} serves, read from the store (so runs made by
 * other processes count too). Per integration: its last finished run, the lag since it was last known
 * up to date (the end of its last successful run, SUCCESS or WARNING, or a later turn that found
 * nothing to exchange; before either, since watch started), its error queue and
 * pending outbox, who runs it now and its link to the ERP. An integration is {@code FAILED} when its
 * last run failed, {@code LAGGING} when the lag exceeds {@code maxLagIntervals} times its interval,
 * {@code DISCONNECTED} when an administrator took it off its ERP ({@code crm-sync disconnect}: a
 * decision, not a fault, so it alone does not make the answer 503), {@code UP} otherwise. The answer
 * is 200 {@code UP} when no integration is FAILED or LAGGING, 503 {@code DOWN} otherwise, and 503
 * {@code DOWN} when the store does not answer within {@link #WAIT}. Thread-safe; close it once.
 */
public final class WatchHealth implements AutoCloseable {

    public static final Duration WAIT = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(WatchHealth.class);

    private final CrmEngine engine;
    private final List<String> integrations;
    private final Clock clock;
    private final Instant watchingSince;
    private final int maxLagIntervals;
    private final BoundedCheck<List<IntegrationState>> store;
    private volatile boolean wasUp = true;

    public WatchHealth(CrmEngine engine, List<String> integrations, Clock clock, int maxLagIntervals) {
        this.engine = engine;
        this.integrations = List.copyOf(integrations);
        this.clock = clock;
        this.watchingSince = clock.instant();
        this.maxLagIntervals = maxLagIntervals;
        this.store = new BoundedCheck<>("watch-health", () -> this.integrations.stream()
                .map(integration -> IntegrationState.read(engine, integration)).toList());
    }

    public Health check() {
        Map<String, Object> body = new LinkedHashMap<>();
        List<IntegrationState> states;
        try {
            states = store.get(WAIT);
        } catch (TimeoutException slow) {
            return storeDown(body, "no answer within " + WAIT.toSeconds() + " s", "did not answer within " + WAIT);
        } catch (ExecutionException failed) {
            return storeDown(body, "unreachable", String.valueOf(failed.getCause()));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return storeDown(body, "check interrupted", "interrupted");
        }
        if (!wasUp) {
            LOG.info("health: the CRM store answers again");
            wasUp = true;
        }
        Instant now = clock.instant();
        List<Object> parts = new ArrayList<>();
        boolean healthy = true;
        for (IntegrationState state : states) {
            Map<String, Object> part = part(state, now);
            healthy &= !List.of("FAILED", "LAGGING").contains(part.get("status"));
            parts.add(part);
        }
        body.put("status", healthy ? "UP" : "DOWN");
        body.put("store", Map.of("reachable", true));
        body.put("integrations", parts);
        return new Health(healthy, body, Optional.empty());
    }

    private Map<String, Object> part(IntegrationState state, Instant now) {
        Duration interval = engine.settings().integration(state.integration()).interval();
        Duration maxLag = interval.multipliedBy(maxLagIntervals);
        Instant since = state.upToDateAt().orElse(watchingSince);
        Duration lag = since.isAfter(now) ? Duration.ZERO : Duration.between(since, now);
        boolean failed = state.lastRun().map(run -> run.status().equals("FAILURE")).orElse(false);
        String status;
        if (!state.erpLink().connected()) {
            status = "DISCONNECTED";
        } else if (failed) {
            status = "FAILED";
        } else if (lag.compareTo(maxLag) > 0) {
            status = "LAGGING";
        } else {
            status = "UP";
        }
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("name", state.integration());
        part.put("status", status);
        part.put("lastRun", state.lastRun().map(run -> {
            Map<String, Object> last = new LinkedHashMap<>();
            last.put("id", run.id());
            last.put("mode", run.mode());
            last.put("status", run.status());
            last.put("startedAt", run.startedAt());
            last.put("endedAt", run.endedAt());
            last.put("durationMs", run.durationMs());
            return last;
        }).orElse(null));
        part.put("lastSuccessAt", state.lastSuccessAt().orElse(null));
        part.put("lastCheckedAt", state.lastCheckedAt().orElse(null));
        part.put("lagSeconds", lag.toSeconds());
        part.put("maxLagSeconds", maxLag.toSeconds());
        part.put("errorQueue", state.errorQueue());
        part.put("pendingOut", state.pendingOut());
        part.put("runningBy", state.runningBy().orElse(null));
        part.put("erpLink", state.erpLink().describe());
        return part;
    }

    private Health storeDown(Map<String, Object> body, String shown, String logged) {
        if (wasUp) {
            LOG.warn("health: the CRM store is down: {}", logged);
            wasUp = false;
        }
        body.put("status", "DOWN");
        Map<String, Object> storePart = new LinkedHashMap<>();
        storePart.put("reachable", false);
        storePart.put("error", shown);
        body.put("store", storePart);
        return new Health(false, body, Optional.empty());
    }

    @Override
    public void close() {
        store.close();
    }
}
