package dev.passerelle.client.config;

import dev.passerelle.common.config.ConfigException;
import dev.passerelle.common.config.ConfigSource;
import java.util.List;
import java.util.OptionalInt;

/**
 * Where {@code crm-sync watch} answers {@code GET /health} and {@code GET /metrics}: off unless a port
 * is given ({@code watch.http.port} or {@code --http-port}), on 127.0.0.1 unless another interface is
 * named; each of the two can be turned off. {@code maxLagIntervals}: how many of an integration's
 * intervals may pass since its last successful run before /health answers 503. Every key is
 * documented, with its default, in {@code client/crm-sync.sample.properties}. Immutable.
 */
public record WatchHttpSettings(String host, OptionalInt port, boolean healthEnabled, boolean metricsEnabled,
                                int maxLagIntervals) {

    public static final String HOST = "watch.http.host";
    public static final String PORT = "watch.http.port";
    public static final String HEALTH_ENABLED = "watch.health.enabled";
    public static final String METRICS_ENABLED = "watch.metrics.enabled";
    public static final String MAX_LAG_INTERVALS = "watch.health.max-lag-intervals";

    /** Every key {@link #from} reads. */
    public static final List<String> KEYS = List.of(HOST, PORT, HEALTH_ENABLED, METRICS_ENABLED, MAX_LAG_INTERVALS);

    /** The prefix of the environment variables that override these keys. */
    public static final String ENVIRONMENT_PREFIX = "PASSERELLE_WATCH_";

    public WatchHttpSettings {
        if (maxLagIntervals < 1) {
            throw new ConfigException(MAX_LAG_INTERVALS, "must be at least 1");
        }
    }

    public static WatchHttpSettings from(ConfigSource config) {
        OptionalInt port = config.optional(PORT).isPresent() ? OptionalInt.of(config.integer(PORT, 0, 0, 65535))
                : OptionalInt.empty();
        return new WatchHttpSettings(config.string(HOST, "127.0.0.1"), port, config.bool(HEALTH_ENABLED, true),
                config.bool(METRICS_ENABLED, true), config.integer(MAX_LAG_INTERVALS, 3, 1, 1000));
    }

    /** The same, on {@code port} (0: any free port). */
    public WatchHttpSettings onPort(int newPort) {
        if (newPort < 0 || newPort > 65535) {
            throw new ConfigException("--http-port", "must be between 0 and 65535, was " + newPort);
        }
        return new WatchHttpSettings(host, OptionalInt.of(newPort), healthEnabled, metricsEnabled, maxLagIntervals);
    }

    /** Whether anything is to be served. */
    public boolean serves() {
        return port.isPresent() && (healthEnabled || metricsEnabled);
    }
}
