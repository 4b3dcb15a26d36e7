package dev.passerelle.client.cli;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.config.IntegrationSettings;
import dev.passerelle.client.config.WatchHttpSettings;
import dev.passerelle.client.run.Direction;
import dev.passerelle.client.run.EngineException;
import dev.passerelle.client.run.RunReport;
import dev.passerelle.client.watch.OpsHttpServer;
import dev.passerelle.client.watch.SyncMetrics;
import dev.passerelle.client.watch.WatchHealth;
import dev.passerelle.client.watch.Watcher;
import dev.passerelle.common.config.ConfigSource;
import dev.passerelle.common.ops.PrometheusMetrics;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crm-sync watch}: the scheduler, for every configured integration or those named. */
@Command(name = "watch", mixinStandardHelpOptions = true, description = {
        "Serves every configured integration in this one process (or only those named, --integration repeated),",
        "each on its own schedule: every N minutes (integration.<name>.interval, default 60m) and, when",
        "integration.<name>.full-resync-at is set (HH:mm), a full re-sync ERP -> CRM once a day at that time.",
        "One run per integration at a time, across processes: a turn that finds another run going is skipped.",
        "A turn that finds nothing to exchange either way records no run, only the time it checked.",
        "A disconnected integration skips its turns and resumes by itself after 'reconnect' (a full re-sync it",
        "missed comes at its next turn). One integration failing never stops the others. Stops on Ctrl-C.",
        "Exit code (with --max-runs): the highest of the integrations' last turns (0 ok, 1 warnings, 2 failed,",
        "3 busy, 4 refused, 6 disconnected).",
        "With --http-port (or watch.http.port), answers GET /health (JSON; 503 when an integration's last run",
        "failed or it is late by more than watch.health.max-lag-intervals intervals) and GET /metrics",
        "(Prometheus) on 127.0.0.1 (watch.http.host)."})
public class WatchCommand extends EngineCommand {

    @Option(names = "--max-runs", paramLabel = "N", description = "Stop after N turns of each integration (default: never).")
    Integer maxRuns;

    @Option(names = "--http-port", paramLabel = "PORT",
            description = "Serve GET /health and GET /metrics on this port (0: any free one; default: watch.http.port, else none).")
    Integer httpPort;

    private WatchHttpSettings http;

    @Override
    protected void configure(ConfigSource config) {
        http = WatchHttpSettings.from(config);
        if (httpPort != null) {
            http = http.onPort(httpPort);
        }
    }

    @Override
    protected boolean takesSeveralIntegrations() {
        return true;
    }

    @Override
    protected int run(CrmEngine engine, String first, PrintWriter out) {
        List<String> integrations = namedIntegrations().isEmpty()
                ? new ArrayList<>(engine.settings().integrations().keySet()) : new ArrayList<>(new LinkedHashSet<>(namedIntegrations()));
        for (String integration : integrations) {
            IntegrationSettings options = engine.settings().integration(integration);
            out.printf("watching '%s': every %s%s%n", integration, every(options.interval()),
                    options.fullResyncAt().map(time -> ", full re-sync daily at " + time).orElse(""));
        }
        Map<String, Integer> lastCodes = new ConcurrentHashMap<>();
        Clock clock = Clock.systemDefaultZone();
        PrometheusMetrics metrics = http.serves() && http.metricsEnabled() ? PrometheusMetrics.withJvmMeters() : null;
        SyncMetrics syncMetrics = metrics == null ? null : new SyncMetrics(metrics.registry(), engine, integrations);
        if (metrics != null) {
            // the store's pool was opened before watch knew it would serve metrics
            engine.store().database().measure(metrics.registry());
        }
        WatchHealth health = http.serves() && http.healthEnabled()
                ? new WatchHealth(engine, integrations, engine.store().clock(), http.maxLagIntervals()) : null;
        OpsHttpServer server = null;
        try {
            if (http.serves()) {
                try {
                    server = OpsHttpServer.start(http.host(), http.port().getAsInt(), health == null ? null : health::check, metrics);
                } catch (IOException | IllegalArgumentException cannotListen) {
                    spec.commandLine().getErr().printf("configuration error: %s / --http-port: cannot listen on %s:%d: %s%n",
                            WatchHttpSettings.PORT, http.host(), http.port().getAsInt(), cannotListen.getMessage());
                    return ExitCodes.CONFIG;
                }
                out.printf("health and metrics at %s (%s%s)%n", server.baseUrl(), health == null ? "" : "GET /health",
                        metrics == null ? "" : (health == null ? "" : ", ") + "GET /metrics");
            }
            out.flush();
            new Watcher(engine, clock, ZoneId.systemDefault(), Watcher.realTime(clock)).serve(integrations, user(), maxRuns,
                    turn -> {
                        if (syncMetrics != null) {
                            syncMetrics.record(turn);
                        }
                        lastCodes.put(turn.integration(), print(turn, out));
                    });
        } catch (InterruptedException interrupted) {
            // The interrupt is consumed: the engine is closed on this thread next, and an H2 file whose
            // channel is used by an interrupted thread is closed under H2's feet.
            throw new EngineException("interrupted");
        } finally {
            if (server != null) {
                server.close();
            }
            if (health != null) {
                health.close();
            }
            if (metrics != null) {
                metrics.close();
            }
        }
        return lastCodes.values().stream().max(Integer::compare).orElse(ExitCodes.OK);
    }

    /** "60 min"; "30 s" or "500 ms" for intervals that are not whole minutes (tests, demos). */
    static String every(Duration interval) {
        if (interval.toMillis() % 60_000 == 0) {
            return interval.toMinutes() + " min";
        }
        return interval.toMillis() % 1000 == 0 ? interval.toSeconds() + " s" : interval.toMillis() + " ms";
    }

    private static int print(Watcher.Turn turn, PrintWriter out) {
        synchronized (out) {
            int code;
            if (turn.outcome() == Watcher.Outcome.RAN) {
                RunReport report = turn.report();
                out.printf("%s %s: run %d %s: %s in %d ms (in %d, out %d)%n", turn.at(), turn.integration(), report.runId(),
                        report.mode(), report.status(), report.duration().toMillis(), report.total(Direction.ERP_TO_CRM),
                        report.total(Direction.CRM_TO_ERP));
                report.errors().forEach(error -> out.println("  error: " + error));
                code = exitCode(report);
            } else if (turn.outcome() == Watcher.Outcome.UP_TO_DATE) {
                out.printf("%s %s: up to date in %d ms (nothing to exchange; no run recorded)%n", turn.at(),
                        turn.integration(), turn.took().toMillis());
                code = ExitCodes.OK;
            } else {
                out.printf("%s %s: %s skipped (%s): %s%n", turn.at(), turn.integration(), turn.mode(),
                        turn.outcome().name().toLowerCase(), turn.message());
                code = switch (turn.outcome()) {
                    case BUSY -> ExitCodes.BUSY;
                    case DISCONNECTED -> ExitCodes.DISCONNECTED;
                    case REFUSED -> ExitCodes.BAD_REQUEST;
                    default -> ExitCodes.FAILURE;
                };
            }
            out.flush();
            return code;
        }
    }
}
