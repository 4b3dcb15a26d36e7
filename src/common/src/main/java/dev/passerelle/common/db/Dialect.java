package dev.passerelle.common.db;

import java.util.List;
import java.util.Locale;

/**
 * The databases Passerelle runs on. This is the one seam where SQL Server and H2 differ: migrations
 * common to both live in {@code db/<component>/common}, the rest (change tracking above all) in
 * {@code db/<component>/<dialect>}.
 */
public enum Dialect {
    H2("h2"),
    SQL_SERVER("sqlserver");

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /** The dialect of a JDBC URL; rejects URLs of databases Passerelle does not support. */
    public static Dialect of(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (url.startsWith("jdbc:sqlserver:")) {
            return SQL_SERVER;
        }
        throw new IllegalArgumentException(
                "unsupported database URL (expected jdbc:sqlserver:... or jdbc:h2:...): " + redact(jdbcUrl));
    }

    /** Flyway locations of a component's migrations ({@code erp} or {@code crm}) for this dialect. */
    public List<String> migrationLocations(String component) {
        return List.of("classpath:db/" + component + "/common", "classpath:db/" + component + "/" + folder);
    }

    /** A JDBC URL with any password parameter hidden, fit for messages and logs. */
    public static String redact(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password|pwd)=[^;&]*", "$1=***");
    }
}
