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
        String user = config.required(prefix + "erp.user");
        String password = config.required(prefix + "erp.password");
        IntegrationSettings defaults = IntegrationSettings.defaults(name, url, user, password);
        IntegrationSettings.SyncSwitches all = defaults.switches();
        return defaults.toBuilder()
                .timeout(config.duration(prefix + "timeout", defaults.timeout(), Duration.ofMillis(100), Duration.ofHours(1)))
                .interval(config.duration(prefix + "interval", defaults.interval(), Duration.ofSeconds(1), Duration.ofDays(7)))
                .fullResyncAt(config.timeOfDay(prefix + "full-resync-at"))
                .transferMode(config.enumValue(prefix + "transfer-mode", TransferMode.class, defaults.transferMode()))
                .codeMode(config.enumValue(prefix + "code-mode", CodeMode.class, defaults.codeMode()))
                .codeSuffix(suffix)
                .defaultTerritory(config.string(prefix + "territory", defaults.defaultTerritory()))
                .supplierTerritory(config.string(prefix + "supplier-territory", defaults.supplierTerritory()))
                .defaultAccountManager(config.string(prefix + "account-manager", defaults.defaultAccountManager()))
                .managerFollowsRepresentative(config.enumValue(prefix + "manager-follows-representative", FollowMode.class,
                        defaults.managerFollowsRepresentative()))
                .representativeFollowsManager(config.enumValue(prefix + "representative-follows-manager", FollowMode.class,
                        defaults.representativeFollowsManager()))
                .switches(new IntegrationSettings.SyncSwitches(
                        config.bool(prefix + "sync.contacts", all.contacts()),
                        config.bool(prefix + "sync.addresses", all.addresses()),
                        config.bool(prefix + "sync.phones", all.phones()),
                        config.bool(prefix + "sync.emails", all.emails()),
                        config.bool(prefix + "sync.suppliers", all.suppliers()),
                        config.bool(prefix + "sync.dormant", all.dormant())))
                .pageSize(config.integer(prefix + "page-size", defaults.pageSize(), 1, 10_000))
                .batchSize(config.integer(prefix + "batch-size", defaults.batchSize(), 1, 10_000))
                .retryAttempts(config.integer(prefix + "retry-attempts", defaults.retryAttempts(), 1, 20))
                .conflictPolicy(config.enumValue(prefix + "conflict-policy", ConflictPolicy.class, defaults.conflictPolicy()))
                .build();
    }
}
