package dev.passerelle.common.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
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

    private Database(HikariDataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
    }

    /**
     * Opens a pool on the database; fails fast, with a {@link DataAccessError.Unavailable} saying why,
     * when the first connection cannot be made.
     */
    public static Database open(DatabaseSettings settings, String poolName) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(poolName);
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setMinimumIdle(1);
        config.setConnectionTimeout(settings.connectTimeout().toMillis());
        config.setAutoCommit(true);
        try {
            return new Database(new HikariDataSource(config), settings.dialect());
        } catch (RuntimeException failure) {
            throw DatabaseErrors.unavailable(settings.jdbcUrl(), failure);
        }
    }

    /**
     * Brings the schema of a component ({@code erp} or {@code crm}) to the latest version with
     * Flyway, from the migrations common to both databases and those of this dialect.
     */
    public MigrateResult migrate(String component) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(dialect.migrationLocations(component).toArray(String[]::new))
                .table("flyway_" + component + "_history")
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info("{} schema at version {} ({} migrations applied)", component, result.targetSchemaVersion,
                result.migrationsExecuted);
        return result;
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
