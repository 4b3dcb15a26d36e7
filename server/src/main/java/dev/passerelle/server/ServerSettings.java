package dev.passerelle.server;

import dev.passerelle.common.config.ConfigException;
import dev.passerelle.common.config.ConfigSource;
import dev.passerelle.common.db.DatabaseSettings;
import dev.passerelle.common.db.Dialect;
import dev.passerelle.common.db.H2Urls;
import dev.passerelle.common.security.LoginLimits;
import dev.passerelle.server.security.Users;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything an {@link ErpServer} needs, validated once. Immutable; change a value with
 * {@link #toBuilder()}. Every key of {@link #fromConfig(ConfigSource, Users)} is documented, with its
 * default, in {@code server/erp-server.sample.properties}.
 */
public record ServerSettings(
        String host,
        int port,
        DatabaseSettings database,
        Users users,
        int demoAccounts,
        long demoSeed,
        int maxPageSize,
        int maxBatchSize,
        Duration tombstoneRetention,
        long maxRequestBytes,
        Duration requestTimeout,
        Duration retryAfter,
        LoginLimits loginLimits,
        boolean healthEnabled,
        boolean metricsEnabled,
        Clock clock) {

    public static final String HOST = "erp.server.host";
    public static final String PORT = "erp.server.port";
    public static final String DB_URL = "erp.db.url";
    public static final String DB_USER = "erp.db.user";
    public static final String DB_PASSWORD = "erp.db.password";
    public static final String DB_POOL_SIZE = "erp.db.pool-size";
    public static final String USERS_FILE = "erp.users-file";
    public static final String DEMO_ACCOUNTS = "erp.demo.accounts";
    public static final String DEMO_SEED = "erp.demo.seed";
    public static final String MAX_PAGE_SIZE = "erp.max-page-size";
    public static final String MAX_BATCH_SIZE = "erp.max-batch-size";
    public static final String TOMBSTONE_RETENTION = "erp.tombstone-retention";
    public static final String MAX_REQUEST_BYTES = "erp.max-request-bytes";
    public static final String REQUEST_TIMEOUT = "erp.request-timeout";
    public static final String RETRY_AFTER = "erp.maintenance.retry-after";
    public static final String LOCKOUT_AFTER = "erp.auth.lockout-after";
    public static final String ADDRESS_LOCKOUT_AFTER = "erp.auth.address-lockout-after";
    public static final String LOCKOUT_FOR = "erp.auth.lockout-for";
    public static final String FIRST_DELAY = "erp.auth.first-delay";
    public static final String MAX_DELAY = "erp.auth.max-delay";
    public static final String HEALTH_ENABLED = "erp.health.enabled";
    public static final String METRICS_ENABLED = "erp.metrics.enabled";

    /** The longest a refusal may be held back (see {@link LoginLimits}). */
    static final Duration LONGEST_DELAY = Duration.ofSeconds(10);

    /** Every key {@link #fromConfig} reads. */
    public static final List<String> KEYS = List.of(HOST, PORT, DB_URL, DB_USER, DB_PASSWORD, DB_POOL_SIZE, USERS_FILE,
            DEMO_ACCOUNTS, DEMO_SEED, MAX_PAGE_SIZE, MAX_BATCH_SIZE, TOMBSTONE_RETENTION, MAX_REQUEST_BYTES,
            REQUEST_TIMEOUT, RETRY_AFTER, LOCKOUT_AFTER, ADDRESS_LOCKOUT_AFTER, LOCKOUT_FOR, FIRST_DELAY, MAX_DELAY,
            HEALTH_ENABLED, METRICS_ENABLED);

    /** The default database: an H2 file under {@code ./data/erp}. */
    public static String defaultJdbcUrl() {
        return H2Urls.file(Path.of("data", "erp", "erp"));
    }

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(loginLimits, "loginLimits");
        Objects.requireNonNull(clock, "clock");
        check(port >= 0 && port <= 65535, PORT, "must be between 0 and 65535");
        check(demoAccounts >= 0, DEMO_ACCOUNTS, "must not be negative");
        check(maxPageSize >= 1, MAX_PAGE_SIZE, "must be at least 1");
        check(maxBatchSize >= 1, MAX_BATCH_SIZE, "must be at least 1");
        check(!tombstoneRetention.isNegative() && tombstoneRetention.toHours() >= 1, TOMBSTONE_RETENTION, "must be at least 1h");
        check(maxRequestBytes >= 1024, MAX_REQUEST_BYTES, "must be at least 1024");
        check(!requestTimeout.isNegative() && !requestTimeout.isZero(), REQUEST_TIMEOUT, "must be positive");
        check(!retryAfter.isNegative(), RETRY_AFTER, "must not be negative");
        checkLoginLimits(loginLimits, requestTimeout);
        database = withLockTimeout(database);
    }

    /** Reads the settings from a configuration; {@code users} are given because they come from their own file. */
    public static ServerSettings fromConfig(ConfigSource config, Users users) {
        config.rejectUnknownKeys(KEYS, "PASSERELLE_ERP_");
        DatabaseSettings database = database(config);
        Builder defaults = builder();
        return builder()
                .host(config.string(HOST, defaults.host))
                .port(config.integer(PORT, defaults.port, 0, 65535))
                .database(database)
                .users(users)
                .demoAccounts(config.integer(DEMO_ACCOUNTS, defaults.demoAccounts, 0, 10_000_000))
                .demoSeed(config.integer(DEMO_SEED, (int) defaults.demoSeed, 0, Integer.MAX_VALUE))
                .maxPageSize(config.integer(MAX_PAGE_SIZE, defaults.maxPageSize, 1, 100_000))
                .maxBatchSize(config.integer(MAX_BATCH_SIZE, defaults.maxBatchSize, 1, 100_000))
                .tombstoneRetention(config.duration(TOMBSTONE_RETENTION, defaults.tombstoneRetention))
                .maxRequestBytes(config.integer(MAX_REQUEST_BYTES, (int) defaults.maxRequestBytes, 1024, Integer.MAX_VALUE))
                .requestTimeout(config.duration(REQUEST_TIMEOUT, defaults.requestTimeout))
                .retryAfter(config.duration(RETRY_AFTER, defaults.retryAfter))
                .loginLimits(loginLimits(config))
                .healthEnabled(config.bool(HEALTH_ENABLED, defaults.healthEnabled))
                .metricsEnabled(config.bool(METRICS_ENABLED, defaults.metricsEnabled))
                .build();
    }

    /** The ERP database's settings alone (erp.db.*), for the commands that need no endpoint. */
    public static DatabaseSettings database(ConfigSource config) {
        DatabaseSettings database;
        try {
            database = DatabaseSettings.of(config.string(DB_URL, defaultJdbcUrl()));
        } catch (IllegalArgumentException unsupported) {
            throw new ConfigException(DB_URL, unsupported.getMessage());
        }
        return database.withCredentials(config.string(DB_USER, ""), config.string(DB_PASSWORD, ""))
                .withPoolSize(config.integer(DB_POOL_SIZE, 10, 1, 200));
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().host(host).port(port).database(database).users(users).demoAccounts(demoAccounts)
                .demoSeed(demoSeed).maxPageSize(maxPageSize).maxBatchSize(maxBatchSize)
                .tombstoneRetention(tombstoneRetention).maxRequestBytes(maxRequestBytes)
                .requestTimeout(requestTimeout).retryAfter(retryAfter).loginLimits(loginLimits).healthEnabled(healthEnabled)
                .metricsEnabled(metricsEnabled).clock(clock);
    }

    private static LoginLimits loginLimits(ConfigSource config) {
        LoginLimits defaults = LoginLimits.defaults();
        return new LoginLimits(
                config.integer(LOCKOUT_AFTER, defaults.lockoutAfter(), 0, 1_000_000),
                config.integer(ADDRESS_LOCKOUT_AFTER, defaults.addressLockoutAfter(), 0, 1_000_000),
                config.duration(LOCKOUT_FOR, defaults.lockoutFor()),
                config.duration(FIRST_DELAY, defaults.firstDelay()),
                config.duration(MAX_DELAY, defaults.maxDelay()));
    }

    // A held answer keeps its connection and what was read of the request: the delay is kept short,
    // and below the idle time-out, which would otherwise drop the connection before the answer.
    private static void checkLoginLimits(LoginLimits limits, Duration requestTimeout) {
        check(limits.lockoutAfter() >= 0, LOCKOUT_AFTER, "must not be negative");
        check(limits.addressLockoutAfter() >= 0, ADDRESS_LOCKOUT_AFTER, "must not be negative");
        check(limits.lockoutFor().compareTo(Duration.ofSeconds(1)) >= 0, LOCKOUT_FOR, "must be at least 1s");
        check(limits.firstDelay().isZero() || limits.firstDelay().compareTo(Duration.ofMillis(1)) >= 0, FIRST_DELAY,
                "must be 0 or at least 1ms");
        check(limits.firstDelay().compareTo(limits.maxDelay()) <= 0, FIRST_DELAY, "must not be above " + MAX_DELAY);
        check(limits.maxDelay().compareTo(LONGEST_DELAY) <= 0 && limits.maxDelay().compareTo(requestTimeout) < 0,
                MAX_DELAY, "must be at most " + LONGEST_DELAY.toSeconds() + "s and below " + REQUEST_TIMEOUT);
    }

    private static void check(boolean valid, String key, String problem) {
        if (!valid) {
            throw new ConfigException(key, problem);
        }
    }

    // Versions on H2 come from one counter row that writers hold until they commit (see
    // VersionStampTrigger): a long transaction makes the others wait, so H2 must wait long enough.
    private static DatabaseSettings withLockTimeout(DatabaseSettings database) {
        String url = database.jdbcUrl();
        if (database.dialect() != Dialect.H2 || url.toUpperCase(java.util.Locale.ROOT).contains(";LOCK_TIMEOUT=")) {
            return database;
        }
        return new DatabaseSettings(url + ";LOCK_TIMEOUT=30000", database.user(), database.password(),
                database.maxPoolSize(), database.connectTimeout());
    }

    /**
     * Builds settings. Its initial values are the defaults, written here only: {@link #fromConfig} falls
     * back to them and the sample properties file is checked against them.
     */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 8080;
        private DatabaseSettings database = DatabaseSettings.of(defaultJdbcUrl());
        private Users users = Users.builder().build();
        private int demoAccounts;
        private long demoSeed = 42;
        private int maxPageSize = 1000;
        private int maxBatchSize = 500;
        private Duration tombstoneRetention = Duration.ofDays(30);
        private long maxRequestBytes = 16L * 1024 * 1024;
        private Duration requestTimeout = Duration.ofSeconds(60);
        private Duration retryAfter = Duration.ofSeconds(60);
        private LoginLimits loginLimits = LoginLimits.defaults();
        private boolean healthEnabled = true;
        private boolean metricsEnabled = true;
        private Clock clock = Clock.systemDefaultZone();

        public Builder host(String value) { host = value; return this; }
        public Builder port(int value) { port = value; return this; }
        public Builder database(DatabaseSettings value) { database = value; return this; }
        public Builder jdbcUrl(String value) { database = new DatabaseSettings(value, database.user(), database.password(), database.maxPoolSize(), database.connectTimeout()); return this; }
        public Builder users(Users value) { users = value; return this; }
        public Builder demoAccounts(int value) { demoAccounts = value; return this; }
        public Builder demoSeed(long value) { demoSeed = value; return this; }
        public Builder maxPageSize(int value) { maxPageSize = value; return this; }
        public Builder maxBatchSize(int value) { maxBatchSize = value; return this; }
        public Builder tombstoneRetention(Duration value) { tombstoneRetention = value; return this; }
        public Builder maxRequestBytes(long value) { maxRequestBytes = value; return this; }
        public Builder requestTimeout(Duration value) { requestTimeout = value; return this; }
        public Builder retryAfter(Duration value) { retryAfter = value; return this; }
        public Builder loginLimits(LoginLimits value) { loginLimits = value; return this; }
        public Builder healthEnabled(boolean value) { healthEnabled = value; return this; }
        public Builder metricsEnabled(boolean value) { metricsEnabled = value; return this; }
        public Builder clock(Clock value) { clock = value; return this; }

        public ServerSettings build() {
            return new ServerSettings(host, port, database, users, demoAccounts, demoSeed, maxPageSize, maxBatchSize,
                    tombstoneRetention, maxRequestBytes, requestTimeout, retryAfter, loginLimits, healthEnabled, metricsEnabled,
                    clock);
        }
    }
}
