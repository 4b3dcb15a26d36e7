package dev.passerelle.common.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseErrorsTest {

    private Database database;
    private Jdbi jdbi;

    @BeforeEach
    void open() {
        database = Database.open(DatabaseSettings.of(H2Urls.memory("errors-" + System.nanoTime())), "test");
        jdbi = database.jdbi();
        jdbi.useHandle(handle -> {
            handle.execute("CREATE TABLE parent (id INT NOT NULL PRIMARY KEY, code NVARCHAR(10) NOT NULL UNIQUE)");
            handle.execute("CREATE TABLE child (id INT NOT NULL PRIMARY KEY, parent_id INT NOT NULL REFERENCES parent(id))");
            handle.execute("INSERT INTO parent (id, code) VALUES (1, N'A')");
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aPlainJdbcFailureOnAHandleIsThrownAndClassifiedAsJdbisOwn() {
        String sql = "INSERT INTO parent (id, code) VALUES (2, N'A')";
        RuntimeException plain = capture(() -> jdbi.useHandle(handle -> {
            try (var statement = handle.getConnection().prepareStatement(sql)) {
                statement.executeUpdate();
            } catch (SQLException failure) {
                throw DatabaseErrors.unableToExecute(failure, sql);
            }
        }));
        RuntimeException viaJdbi = capture(() -> jdbi.useHandle(handle -> handle.execute(sql)));

        assertThat(plain).isInstanceOf(viaJdbi.getClass()).hasCauseInstanceOf(SQLException.class).hasMessageContaining(sql);
        assertThat(DatabaseErrors.classify(plain)).isInstanceOf(DataAccessError.DuplicateKey.class);
    }

    @Test
    void aSecondRowWithTheSameUniqueValueIsADuplicateKey() {
        RuntimeException failure = capture(() -> jdbi.useHandle(h -> h.execute("INSERT INTO parent (id, code) VALUES (2, N'A')")));
        assertThat(DatabaseErrors.classify(failure)).isInstanceOf(DataAccessError.DuplicateKey.class);
    }

    @Test
    void aRowReferringToNothingIsAForeignKeyError() {
        RuntimeException failure = capture(() -> jdbi.useHandle(h -> h.execute("INSERT INTO child (id, parent_id) VALUES (1, 99)")));
        assertThat(DatabaseErrors.classify(failure)).isInstanceOf(DataAccessError.ForeignKey.class);
    }

    @ParameterizedTest(name = "SQL error {0} is {1}")
    @CsvSource({
            "2627, DuplicateKey", "2601, DuplicateKey", "547, ForeignKey", "1205, Transient", "1222, Transient",
            "23505, DuplicateKey", "23506, ForeignKey", "40001, Transient", "50200, Transient", "42000, DataAccessError"})
    void sqlServerAndH2ErrorNumbersAreClassifiedAlike(int errorCode, String expected) {
        RuntimeException classified = DatabaseErrors.classify(new RuntimeException(new SQLException("boom", "S0001", errorCode)));
        assertThat(classified.getClass().getSimpleName()).isEqualTo(expected);
    }

    @Test
    void transientFailuresAreRetriedABoundedNumberOfTimes() {
        AtomicInteger calls = new AtomicInteger();
        String result = DatabaseErrors.retryTransient(3, () -> {
            if (calls.incrementAndGet() < 3) {
                throw new RuntimeException(new SQLException("deadlock", "40001", 1205));
            }
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(calls).hasValue(3);

        AtomicInteger hopeless = new AtomicInteger();
        assertThatThrownBy(() -> DatabaseErrors.retryTransient(2, () -> {
            hopeless.incrementAndGet();
            throw new RuntimeException(new SQLException("deadlock", "40001", 1205));
        })).isInstanceOf(DataAccessError.Transient.class);
        assertThat(hopeless).hasValue(2);
    }

    @Test
    void otherFailuresAreNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> DatabaseErrors.retryTransient(5, () -> {
            calls.incrementAndGet();
            throw new RuntimeException(new SQLException("dup", "23000", 2627));
        })).isInstanceOf(DataAccessError.DuplicateKey.class);
        assertThat(calls).hasValue(1);
    }

    @Test
    void passwordsAreRedactedFromUrls() {
        assertThat(Dialect.redact("jdbc:sqlserver://db;user=sa;password=Secret1;encrypt=true"))
                .isEqualTo("jdbc:sqlserver://db;user=sa;password=***;encrypt=true");
        assertThat(Dialect.of("jdbc:sqlserver://db")).isEqualTo(Dialect.SQL_SERVER);
        assertThatThrownBy(() -> Dialect.of("jdbc:postgresql://db?password=x")).hasMessageContaining("password=***");
    }

    private static RuntimeException capture(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException failure) {
            return failure;
        }
        throw new AssertionError("expected a failure");
    }
}
