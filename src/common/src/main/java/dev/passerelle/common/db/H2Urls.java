package dev.passerelle.common.db;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * JDBC URLs of the embedded H2 databases. Every H2 URL, ours or one a user configures, goes through
 * {@link #normalise}: it runs in SQL Server compatibility mode so that one set of SQL statements serves
 * both databases, and a database in a file commits durably and can be shared by several processes.
 */
public final class H2Urls {

    /** Settings without which Passerelle's SQL does not run on H2: a URL that sets another value is refused. */
    private static final Map<String, String> REQUIRED = ordered(
            "MODE", "MSSQLServer",
            "DATABASE_TO_UPPER", "FALSE",
            "CASE_INSENSITIVE_IDENTIFIERS", "TRUE");

    /**
     * Added when the URL does not set them. QUERY_CACHE_SIZE: each session keeps its prepared statements
     * planned; the default of 8 is smaller than the number of statements one sync page uses, which made
     * H2 plan them again.
     */
    private static final Map<String, String> DEFAULTS = ordered("QUERY_CACHE_SIZE", "128");

    /** Added to a database not in a file (in memory, or on an H2 server): it stays open until closed. */
    private static final Map<String, String> NOT_FILE_DEFAULTS = ordered("DB_CLOSE_ON_EXIT", "FALSE");

    /**
     * Added to a database in a file when the URL does not set them. WRITE_DELAY=0: a commit is written
     * to the file before it returns (H2's default writes it up to half a second later, so a process
     * killed after a commit lost it, although the engine or a caller had been told it was done).
     * AUTO_SERVER: the first process opens the file in-process and serves it to the others, so that a
     * second command on the same store reads it (status during a run) or meets the run lock, instead of
     * failing on H2's file lock. The served port takes only callers that present the random key H2
     * writes into the database's lock file, that is, those who may read the database's folder. H2 then
     * closes the database when the JVM exits (it refuses AUTO_SERVER with DB_CLOSE_ON_EXIT=FALSE), so
     * work to do when a process is asked to stop runs before the JVM's exit begins.
     */
    private static final Map<String, String> FILE_DEFAULTS = ordered(
            "WRITE_DELAY", "0",
            "AUTO_SERVER", "TRUE");

    /** Settings with which H2 refuses AUTO_SERVER=TRUE, or that choose how the file is shared: given one, none is added. */
    private static final java.util.List<String> SHARING = java.util.List.of("AUTO_SERVER", "DB_CLOSE_ON_EXIT", "FILE_LOCK",
            "ACCESS_MODE_DATA");

    private H2Urls() {
    }

    /** A database stored in {@code file} (H2 adds {@code .mv.db}). */
    public static String file(Path file) {
        return normalise("jdbc:h2:file:" + file.toAbsolutePath());
    }

    /** The file-based database's location (the path H2 adds {@code .mv.db} to), or empty for any other URL. */
    public static Optional<Path> fileLocation(String jdbcUrl) {
        String lower = jdbcUrl.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:h2:") || lower.startsWith("jdbc:h2:mem:") || lower.startsWith("jdbc:h2:tcp:")
                || lower.startsWith("jdbc:h2:ssl:")) {
            return Optional.empty();
        }
        String rest = jdbcUrl.substring("jdbc:h2:".length());
        int settings = rest.indexOf(';');
        String path = settings < 0 ? rest : rest.substring(0, settings);
        if (path.regionMatches(true, 0, "file:", 0, 5)) {
            path = path.substring(5);
        }
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return Optional.of(Path.of(path).toAbsolutePath());
    }

    /** The same URL, settings included, for a database in another file ({@code location}, H2 adds {@code .mv.db}). */
    public static String relocated(String jdbcUrl, Path location) {
        int settings = jdbcUrl.indexOf(';');
        return "jdbc:h2:file:" + location.toAbsolutePath() + (settings < 0 ? "" : jdbcUrl.substring(settings));
    }

    /**
     * The same database in a file, opened read-only by this process alone (its sharing settings left out):
     * H2 then writes nothing to the file, not even on closing, which matters for a file that may be damaged.
     */
    public static String readOnly(String jdbcUrl) {
        int first = jdbcUrl.indexOf(';');
        StringBuilder url = new StringBuilder(first < 0 ? jdbcUrl : jdbcUrl.substring(0, first));
        settings(first < 0 ? "" : jdbcUrl.substring(first + 1)).forEach((key, value) -> {
            if (!SHARING.contains(key)) {
                url.append(';').append(key).append('=').append(value);
            }
        });
        return normalise(url.append(";ACCESS_MODE_DATA=r").toString());
    }

    /** An in-memory database that lives as long as the JVM; give each test its own name. */
    public static String memory(String name) {
        return normalise("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    }

    /**
     * An H2 URL with the settings Passerelle needs: those it requires are checked (a URL that sets
     * another value, such as {@code MODE=Oracle}, is refused with an {@link IllegalArgumentException}
     * naming the setting), the others added where the URL does not set them. Idempotent.
     */
    public static String normalise(String url) {
        int first = url.indexOf(';');
        String location = first < 0 ? url : url.substring(0, first);
        Map<String, String> given = settings(first < 0 ? "" : url.substring(first + 1));
        StringBuilder normalised = new StringBuilder(url);
        for (Map.Entry<String, String> required : REQUIRED.entrySet()) {
            String value = given.get(required.getKey());
            if (value == null) {
                normalised.append(';').append(required.getKey()).append('=').append(required.getValue());
            } else if (!value.equalsIgnoreCase(required.getValue())) {
                throw new IllegalArgumentException("the H2 URL sets " + required.getKey() + "=" + value + "; Passerelle needs "
                        + required.getKey() + "=" + required.getValue() + " (leave it out and it is added)");
            }
        }
        appendMissing(normalised, given, DEFAULTS);
        if (!isFile(location)) {
            appendMissing(normalised, given, NOT_FILE_DEFAULTS);
        } else if (SHARING.stream().anyMatch(given::containsKey)) {
            appendMissing(normalised, given, Map.of("WRITE_DELAY", "0"));
        } else {
            appendMissing(normalised, given, FILE_DEFAULTS);
        }
        return normalised.toString();
    }

    private static void appendMissing(StringBuilder url, Map<String, String> given, Map<String, String> defaults) {
        defaults.forEach((key, value) -> {
            if (!given.containsKey(key)) {
                url.append(';').append(key).append('=').append(value);
            }
        });
    }

    /** Whether the part before the settings names a file (not {@code mem:}, nor a server's {@code tcp:} or {@code ssl:}). */
    private static boolean isFile(String location) {
        String lower = location.toLowerCase(Locale.ROOT);
        return !(lower.startsWith("jdbc:h2:mem:") || lower.startsWith("jdbc:h2:tcp:") || lower.startsWith("jdbc:h2:ssl:"));
    }

    private static Map<String, String> settings(String text) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String setting : text.split(";")) {
            int equals = setting.indexOf('=');
            if (equals > 0) {
                settings.put(setting.substring(0, equals).trim().toUpperCase(Locale.ROOT), setting.substring(equals + 1).trim());
            }
        }
        return settings;
    }

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
