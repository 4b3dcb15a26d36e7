package dev.passerelle.common.db;

import java.sql.SQLException;
import java.util.function.Supplier;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Classifies database errors once, for SQL Server and H2 alike, and retries what is known to be
 * transient. Stateless.
 */
public final class DatabaseErrors {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseErrors.class);

    // SQL Server error numbers
    private static final int MSSQL_UNIQUE_CONSTRAINT = 2627;
    private static final int MSSQL_UNIQUE_INDEX = 2601;
    private static final int MSSQL_FOREIGN_KEY = 547;
    private static final int MSSQL_DEADLOCK = 1205;
    private static final int MSSQL_LOCK_TIMEOUT = 1222;
    // H2 error codes (org.h2.api.ErrorCode)
    private static final int H2_DUPLICATE_KEY = 23505;
    private static final int H2_REFERENTIAL_INTEGRITY_PARENT_MISSING = 23506;
    private static final int H2_REFERENTIAL_INTEGRITY_CHILD_EXISTS = 23503;
    private static final int H2_DEADLOCK = 40001;
    private static final int H2_LOCK_TIMEOUT = 50200;
    private static final int H2_CONCURRENT_UPDATE = 90131;
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    private static final int H2_WRONG_USER_OR_PASSWORD = 28000;
    private static final int MSSQL_LOGIN_FAILED = 18456;

    private DatabaseErrors() {
    }

    /**
     * The classified form of a failure: a {@link DataAccessError} when a {@link SQLException} is in
     * its causes, the failure itself (as unchecked) otherwise.
     */
    public static RuntimeException classify(Throwable failure) {
        if (failure instanceof DataAccessError classified) {
            return classified;
        }
        SQLException sql = findSqlException(failure);
        if (sql == null) {
            return failure instanceof RuntimeException runtime ? runtime : new RuntimeException(failure);
        }
        String message = sql.getMessage();
        return switch (sql.getErrorCode()) {
            case MSSQL_UNIQUE_CONSTRAINT, MSSQL_UNIQUE_INDEX, H2_DUPLICATE_KEY ->
                    new DataAccessError.DuplicateKey(message, failure);
            case MSSQL_FOREIGN_KEY, H2_REFERENTIAL_INTEGRITY_PARENT_MISSING, H2_REFERENTIAL_INTEGRITY_CHILD_EXISTS ->
                    new DataAccessError.ForeignKey(message, failure);
            case MSSQL_DEADLOCK, MSSQL_LOCK_TIMEOUT, H2_DEADLOCK, H2_LOCK_TIMEOUT, H2_CONCURRENT_UPDATE ->
                    new DataAccessError.Transient(message, failure);
            default -> new DataAccessError(message, failure);
        };
    }

    /**
     * The classified form of a failure to open a database (a connection pool that could not make its
     * first connection): an {@link DataAccessError.Unavailable} saying why, naming the database by its
     * URL with any password hidden.
     */
    public static DataAccessError.Unavailable unavailable(String jdbcUrl, Throwable failure) {
        SQLException sql = findSqlException(failure);
        String cause = sql != null ? sql.getMessage() : String.valueOf(failure.getMessage());
        String database = Dialect.redact(jdbcUrl);
        int code = sql == null ? 0 : sql.getErrorCode();
        if (code == H2_DATABASE_ALREADY_OPEN) {
            return new DataAccessError.Unavailable(DataAccessError.Unavailable.Reason.IN_USE,
                    "the database is open in another process: " + database, failure);
        }
        if (code == H2_WRONG_USER_OR_PASSWORD || code == MSSQL_LOGIN_FAILED) {
            return new DataAccessError.Unavailable(DataAccessError.Unavailable.Reason.CREDENTIALS,
                    "the database refused the user name or password: " + database, failure);
        }
        return new DataAccessError.Unavailable(DataAccessError.Unavailable.Reason.UNREACHABLE,
                "the database cannot be opened (" + firstLine(cause) + "): " + database, failure);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /**
     * The failure of a statement run as plain JDBC on a JDBI handle's connection, thrown as JDBI throws
     * the failure of its own statements (the {@link SQLException} as cause, the statement in the
     * message), so that it is handled and {@link #classify classified} the same way.
     */
    public static UnableToExecuteStatementException unableToExecute(SQLException failure, String sql) {
        return new UnableToExecuteStatementException(failure.getMessage() + " [" + sql + "]", failure, null);
    }

    /**
     * Runs idempotent work, retrying it up to {@code attempts} times in all when it fails with a
     * transient error (deadlock, lock time-out); any other failure is thrown classified at once.
     */
    public static <T> T retryTransient(int attempts, Supplier<T> work) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException failure) {
                RuntimeException classified = classify(failure);
                if (!(classified instanceof DataAccessError.Transient) || attempt >= attempts) {
                    throw classified;
                }
                LOG.warn("transient database error, attempt {} of {}: {}", attempt, attempts, classified.getMessage());
                sleepBeforeRetry(attempt);
            }
        }
    }

    private static void sleepBeforeRetry(int attempt) {
        try {
            Thread.sleep(20L * attempt * attempt);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", interrupted);
        }
    }

    private static SQLException findSqlException(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
