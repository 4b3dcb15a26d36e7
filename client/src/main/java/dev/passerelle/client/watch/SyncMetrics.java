package dev.passerelle.client.watch;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.run.Direction;
import dev.passerelle.client.run.RunReport;
import dev.passerelle.client.run.RunStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The meters of {@code crm-sync watch}, per integration. Counted from the turns of this process:
 * {@code passerelle.sync.turns} by outcome (ran, busy, disconnected, refused, failed),
 * {@code passerelle.sync.runs} by status (success, warning, failure), {@code passerelle.sync.records}
 * moved each way (erp-to-crm, crm-to-erp; as {@link RunReport#total} counts them),
 * {@code passerelle.sync.conflicts} (fields changed on both sides; a run lists at most 5,000),
 * {@code passerelle.sync.rejected} (records the ERP refused) and {@code passerelle.sync.run.duration}
 * (a timer per mode, buckets from 1 s to 2 h). Read from the store when scraped:
 * {@code passerelle.sync.error.queue}, {@code passerelle.sync.outbox.pending} and
 * {@code passerelle.sync.disconnected} (1 while taken off its ERP). Thread-safe.
 */
public final class SyncMetrics {

    private static final Duration[] BUCKETS = {Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(15),
            Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(5),
            Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2)};

    private final MeterRegistry registry;

    /** Registers the meters of each integration, at zero until its first turn. */
    public SyncMetrics(MeterRegistry registry, CrmEngine engine, List<String> integrations) {
        this.registry = registry;
        for (String integration : integrations) {
            for (Watcher.Outcome outcome : Watcher.Outcome.values()) {
                turns(integration, outcome);
            }
            for (RunStatus status : List.of(RunStatus.SUCCESS, RunStatus.WARNING, RunStatus.FAILURE)) {
                runs(integration, status);
            }
            for (Direction direction : Direction.values()) {
                records(integration, direction);
            }
            conflicts(integration);
            rejected(integration);
            gauge("passerelle.sync.error.queue", "Records the ERP rejected, waiting in the error queue", integration,
                    name -> IntegrationState.errorQueue(engine, name));
            gauge("passerelle.sync.outbox.pending", "CRM changes waiting to be sent to the ERP", integration,
                    name -> IntegrationState.pendingOut(engine, name));
            gauge("passerelle.sync.disconnected", "1 while the integration is disconnected from its ERP", integration,
                    name -> engine.erpLinks().state(name).connected() ? 0 : 1);
        }
    }

    /** Counts one turn of the watch, and what its run did. */
    public void record(Watcher.Turn turn) {
        turns(turn.integration(), turn.outcome()).increment();
        RunReport report = turn.report();
        if (report == null) {
            return;
        }
        String integration = turn.integration();
        runs(integration, report.status()).increment();
        for (Direction direction : Direction.values()) {
            records(integration, direction).increment(report.total(direction));
        }
        conflicts(integration).increment(report.conflicts().size());
        rejected(integration).increment(report.counts().stream().filter(count -> count.outcome().equals("rejected"))
                .mapToInt(RunReport.Count::quantity).sum());
        Timer.builder("passerelle.sync.run.duration")
                .description("How long runs took, by mode")
                .tag("integration", integration)
                .tag("mode", name(report.mode().name()))
                .serviceLevelObjectives(BUCKETS)
                .register(registry)
                .record(report.duration());
    }

    private Counter turns(String integration, Watcher.Outcome outcome) {
        return Counter.builder("passerelle.sync.turns").description("Scheduled turns, by outcome")
                .tag("integration", integration).tag("outcome", name(outcome.name())).register(registry);
    }

    private Counter runs(String integration, RunStatus status) {
        return Counter.builder("passerelle.sync.runs").description("Runs, by how they ended")
                .tag("integration", integration).tag("status", name(status.name())).register(registry);
    }

    private Counter records(String integration, Direction direction) {
        return Counter.builder("passerelle.sync.records").description("Records moved, each way")
                .tag("integration", integration).tag("direction", name(direction.name())).register(registry);
    }

    private Counter conflicts(String integration) {
        return Counter.builder("passerelle.sync.conflicts").description("Fields changed on both sides, settled by the policy")
                .tag("integration", integration).register(registry);
    }

    private Counter rejected(String integration) {
        return Counter.builder("passerelle.sync.rejected").description("CRM records the ERP refused")
                .tag("integration", integration).register(registry);
    }

    private void gauge(String meter, String description, String integration, ToDoubleFunction<String> value) {
        Gauge.builder(meter, integration, value).description(description).tag("integration", integration)
                .strongReference(true).register(registry);
    }

    /** RESYNC_ALL -> resync-all, ERP_TO_CRM -> erp-to-crm. */
    private static String name(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
