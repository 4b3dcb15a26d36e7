package dev.passerelle.common.db;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach one database: JDBC URL, credentials and pool size. An H2 URL is
 * {@link H2Urls#normalise normalised} (a setting Passerelle cannot run with is refused with an
 * {@link IllegalArgumentException}). The password never appears in {@link #toString()}.
 */
public record DatabaseSettings(String jdbcUrl, String user, String password, int maxPoolSize, Duration connectTimeout) {

    public DatabaseSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (Dialect.of(jdbcUrl) == Dialect.H2) {
            jdbcUrl = H2Urls.normalise(jdbcUrl);
        }
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("maxPoolSize must be at least 1, was " + maxPoolSize);
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(30) : connectTimeout;
    }

    public static DatabaseSettings of(String jdbcUrl) {
        return new DatabaseSettings(jdbcUrl, "", "", 10, Duration.ofSeconds(30));
    }

    public DatabaseSettings withPoolSize(int size) {
        return new DatabaseSettings(jdbcUrl, user, password, size, connectTimeout);
    }

    public DatabaseSettings withCredentials(String newUser, String newPassword) {
        return new DatabaseSettings(jdbcUrl, newUser, newPassword, maxPoolSize, connectTimeout);
    }

    public Dialect dialect() {
        return Dialect.of(jdbcUrl);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + Dialect.redact(jdbcUrl) + ", user=" + user + ", pool=" + maxPoolSize + "]";
    }
}
