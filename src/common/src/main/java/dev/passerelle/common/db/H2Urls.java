package dev.passerelle.common.db;

import java.nio.file.Path;

/**
 * JDBC URLs of the embedded H2 databases, always in SQL Server compatibility mode so that one set of
 * SQL statements serves both databases.
 */
public final class H2Urls {

    // QUERY_CACHE_SIZE: each session keeps its prepared statements planned; the default of 8 is
    // smaller than the number of statements one sync page uses, which made H2 plan them again.
    private static final String OPTIONS = ";MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE"
            + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=128";

    private H2Urls() {
    }

    /** A database stored in {@code file} (H2 adds {@code .mv.db}). */
    public static String file(Path file) {
        return "jdbc:h2:file:" + file.toAbsolutePath() + OPTIONS;
    }

    /** An in-memory database that lives as long as the JVM; give each test its own name. */
    public static String memory(String name) {
        return "jdbc:h2:mem:" + name + OPTIONS + ";DB_CLOSE_DELAY=-1";
    }
}
