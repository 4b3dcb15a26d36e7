package dev.passerelle.client.config;

import dev.passerelle.client.conflict.ConflictPolicy;
import dev.passerelle.common.config.ConfigException;
import dev.passerelle.common.config.ConfigSource;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** Reads the keys {@code integration.<name>.*} of one integration. */
final class IntegrationConfig {

    private IntegrationConfig() {
    }

    static IntegrationSettings read(ConfigSource config, String name, List<String> known) {
        String prefix = "integration." + name + ".";
        for (String key : List.of("erp.url", "erp.user", "erp.password", "timeout", "interval", "full-resync-at",
                "transfer-mode", "code-mode", "code-suffix", "territory", "supplier-territory", "account-manager",
                "manager-follows-representative", "representative-follows-manager", "sync.contacts", "sync.addresses",
                "sync.phones", "sync.emails", "sync.suppliers", "sync.dormant", "page-size", "batch-size",
                "retry-attempts", "conflict-policy")) {
            known.add(prefix + key);
        }
        String url = config.required(prefix + "erp.url");
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || !uri.getScheme().startsWith("http")) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
        } catch (IllegalArgumentException bad) {
            throw new ConfigException(prefix + "erp.url", "must be an http(s) URL, was '" + url + "'");
        }
        String suffix = config.string(prefix + "code-suffix", "");
        if (!suffix.matches("[A-Z0-9]{0,8}")) {
            throw new ConfigException(prefix + "code-suffix", "must be at most 8 upper-case letters and digits");
        }
        return new IntegrationSettings(name, url,
                config.required(prefix + "erp.user"),
                config.required(prefix + "erp.password"),
                config.duration(prefix + "timeout", Duration.ofSeconds(30), Duration.ofMillis(100), Duration.ofHours(1)),
                config.duration(prefix + "interval", Duration.ofMinutes(60), Duration.ofSeconds(1), Duration.ofDays(7)),
                config.timeOfDay(prefix + "full-resync-at"),
                config.enumValue(prefix + "transfer-mode", TransferMode.class, TransferMode.MANUAL),
                config.enumValue(prefix + "code-mode", CodeMode.class, CodeMode.ERP),
                suffix,
                config.string(prefix + "territory", null),
                config.string(prefix + "supplier-territory", null),
                config.string(prefix + "account-manager", null),
                config.enumValue(prefix + "manager-follows-representative", FollowMode.class, FollowMode.WHEN_EMPTY),
                config.enumValue(prefix + "representative-follows-manager", FollowMode.class, FollowMode.WHEN_EMPTY),
                new IntegrationSettings.SyncSwitches(
                        config.bool(prefix + "sync.contacts", true),
                        config.bool(prefix + "sync.addresses", true),
                        config.bool(prefix + "sync.phones", true),
                        config.bool(prefix + "sync.emails", true),
                        config.bool(prefix + "sync.suppliers", true),
                        config.bool(prefix + "sync.dormant", true)),
                config.integer(prefix + "page-size", 1000, 1, 10_000),
                config.integer(prefix + "batch-size", 200, 1, 10_000),
                config.integer(prefix + "retry-attempts", 4, 1, 20),
                config.enumValue(prefix + "conflict-policy", ConflictPolicy.class, ConflictPolicy.ERP_WINS));
    }
}
