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

    // CACHE_SIZE (KiB): H2's page cache lives in the heap and is 16 MiB whatever the heap; a first sync
    // then reads back and decodes the same index pages many times. A sixteenth of the heap, within
    // 16 to 64 MiB, keeps it at 16 MiB under -Xmx256m.
    private static final long MIN_CACHE_KIB = 16 * 1024;
    private static final long MAX_CACHE_KIB = 64 * 1024;

    private H2Urls() {
    }

    /** A database stored in {@code file} (H2 adds {@code .mv.db}). */
    public static String file(Path file) {
        return "jdbc:h2:file:" + file.toAbsolutePath() + OPTIONS + ";CACHE_SIZE=" + cacheKib(Runtime.getRuntime().maxMemory());
    }

    /** The page cache of a file database for a JVM whose heap may grow to {@code maxHeapBytes}. */
    static long cacheKib(long maxHeapBytes) {
        return Math.max(MIN_CACHE_KIB, Math.min(MAX_CACHE_KIB, maxHeapBytes / 16 / 1024));
    }

    /** An in-memory database that lives as long as the JVM; give each test its own name. */
    public static String memory(String name) {
        return "jdbc:h2:mem:" + name + OPTIONS + ";DB_CLOSE_DELAY=-1";
    }
}
