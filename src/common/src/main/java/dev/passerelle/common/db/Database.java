package dev.passerelle.common.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One database: a connection pool, its JDBI handle and its dialect. Thread-safe; close it once.
 * Every database error that escapes a JDBI call can be classified with {@link DatabaseErrors}.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final Dialect dialect;
    /** Where an embedded H2 database keeps its file; empty for any other database. */
    private final Optional<Path> file;

    private Database(HikariDataSource dataSource, Dialect dialect, Optional<Path> file) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.file = file;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
    }

    /**
     * Opens a pool on the database; fails fast, with a {@link DataAccessError.Unavailable} saying why,
     * when the first connection cannot be made. An embedded database whose last schema migration was
     * killed half-way is first put back as it was before it ({@link H2MigrationGuard}).
     */
    public static Database open(DatabaseSettings settings, String poolName) {
        return open(settings, poolName, null);
    }

    /**
     * Opens a pool as {@link #open(DatabaseSettings, String)} does, whose connections are measured in
     * {@code metrics} ({@code hikaricp_connections_active}, {@code _idle}, {@code _pending},
     * {@code _acquire_seconds}... tagged with the pool's name) unless it is null.
     */
    public static Database open(DatabaseSettings settings, String poolName, MeterRegistry metrics) {
        Optional<Path> file = settings.dialect() == Dialect.H2 ? H2Urls.fileLocation(settings.jdbcUrl()) : Optional.empty();
        file.ifPresent(H2MigrationGuard::recoverInterrupted);
        HikariConfig config = new HikariConfig();
        if (metrics != null) {
            config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(metrics));
        }
        config.setPoolName(poolName);
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setMinimumIdle(1);
        config.setConnectionTimeout(settings.connectTimeout().toMillis());
        config.setAutoCommit(true);
        try {
            return new Database(new HikariDataSource(config), settings.dialect(), file);
        } catch (RuntimeException failure) {
            throw DatabaseErrors.unavailable(settings.jdbcUrl(), failure);
        }
    }

    /**
     * Brings the schema of a component ({@code erp} or {@code crm}) to the latest version with
     * Flyway, from the migrations common to both databases and those of this dialect. On an embedded
     * database in a file the migration is all or nothing, even when the process is killed during it.
     */
    public MigrateResult migrate(String component) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(dialect.migrationLocations(component).toArray(String[]::new))
                .table("flyway_" + component + "_history")
                .load();
        MigrateResult result = file.isEmpty() || flyway.info().pending().length == 0 ? flyway.migrate()
                : H2MigrationGuard.migrate(file.get(), dataSource, flyway.info().applied().length > 0, flyway::migrate);
        LOG.info("{} schema at version {} ({} migrations applied)", component, result.targetSchemaVersion,
                result.migrationsExecuted);
        return result;
    }

    /**
     * Measures the pool's connections in {@code metrics} from now on, as {@link #open(DatabaseSettings,
     * String, MeterRegistry)} does from the start: for a pool opened before its program knew whether it
     * would serve metrics. Once per pool; a second call is refused with {@link IllegalStateException}.
     */
    public void measure(MeterRegistry metrics) {
        dataSource.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(metrics));
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Dialect dialect() {
        return dialect;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
