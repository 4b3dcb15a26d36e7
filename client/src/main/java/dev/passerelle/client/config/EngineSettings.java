package dev.passerelle.client.config;

import dev.passerelle.client.run.EngineException;
import dev.passerelle.common.config.ConfigException;
import dev.passerelle.common.config.ConfigSource;
import dev.passerelle.common.db.DatabaseSettings;
import dev.passerelle.common.db.H2Urls;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one validated configuration of the CRM engine: where its store is, and its integrations.
 * Loaded from a properties file with {@code PASSERELLE_*} environment overrides
 * (see {@code client/crm-sync.sample.properties} for every key and its default). Immutable.
 */
public record EngineSettings(DatabaseSettings store, Map<String, IntegrationSettings> integrations) {

    static final String DEFAULT_STORE_FILE = "data/crm";
    /**
     * Connections a run needs at once: its page's transaction, a short one beside it (an id block, a
     * run-log line) and the run lock's heartbeat. With fewer, a run waited for a connection it held.
     */
    static final int MIN_POOL_SIZE = 3;

    public EngineSettings {
        integrations = Map.copyOf(new LinkedHashMap<>(integrations));
        if (integrations.isEmpty()) {
            throw new ConfigException("integrations", "at least one integration is required");
        }
    }

    public static EngineSettings of(DatabaseSettings store, IntegrationSettings... integrations) {
        Map<String, IntegrationSettings> byName = new LinkedHashMap<>();
        for (IntegrationSettings integration : integrations) {
            byName.put(integration.name(), integration);
        }
        return new EngineSettings(store, byName);
    }

    /** The integration called {@code name}; a typed error listing the known ones otherwise. */
    public IntegrationSettings integration(String name) {
        IntegrationSettings found = integrations.get(name);
        if (found == null) {
            throw new EngineException.BadRequest("unknown integration '" + name + "' (known: " + integrations.keySet() + ")");
        }
        return found;
    }

    /** Reads and validates every key; a bad value throws a {@link ConfigException} naming it. */
    public static EngineSettings from(ConfigSource config) {
        List<String> known = new ArrayList<>(List.of("crm.db.url", "crm.db.user", "crm.db.password", "crm.db.pool-size",
                "integrations"));
        String url = config.string("crm.db.url", H2Urls.file(Path.of(DEFAULT_STORE_FILE)));
        DatabaseSettings store;
        try {
            store = new DatabaseSettings(url, config.string("crm.db.user", ""), config.string("crm.db.password", ""),
                    config.integer("crm.db.pool-size", 4, MIN_POOL_SIZE, 64), Duration.ofSeconds(30));
        } catch (IllegalArgumentException bad) {
            throw new ConfigException("crm.db.url", bad.getMessage());
        }
        Map<String, IntegrationSettings> integrations = new LinkedHashMap<>();
        for (String name : config.string("integrations", "main").split(",")) {
            String trimmed = name.trim();
            if (!trimmed.matches("[A-Za-z0-9_-]{1,50}")) {
                throw new ConfigException("integrations", "names are letters, digits, - and _, was '" + trimmed + "'");
            }
            integrations.put(trimmed, IntegrationConfig.read(config, trimmed, known));
        }
        // crm-sync watch's own keys, read by the watch command; known here so that one file serves every command.
        known.addAll(WatchHttpSettings.KEYS);
        config.rejectUnknownKeys(known, "PASSERELLE_CRM_", "PASSERELLE_INTEGRATION", WatchHttpSettings.ENVIRONMENT_PREFIX);
        return new EngineSettings(store, integrations);
    }
}
