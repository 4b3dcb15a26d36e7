package dev.passerelle.common.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.h2.tools.Restore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a schema migration of an embedded H2 database in a file all or nothing. H2 commits every
 * DDL statement at once, so a process killed during a migration left a schema half changed, which
 * Flyway then refused on every later start. Before migrating, the guard writes a marker naming the
 * process beside the file and, when the database already had a schema, an online backup; both go once
 * the migration has finished. A process that opens the database and finds the marker of a process
 * that is gone puts the backup back (or, for a database that had no schema, deletes the half-made
 * file) before anything else, and the migration runs again from where the backup was.
 */
final class H2MigrationGuard {

    private static final Logger LOG = LoggerFactory.getLogger(H2MigrationGuard.class);

    private H2MigrationGuard() {
    }

    /**
     * Undoes a migration that a killed process left half done, before the database is opened. A
     * marker of a process still alive is left alone: that process is migrating now.
     */
    static void recoverInterrupted(Path location) {
        Path marker = marker(location);
        if (!Files.exists(marker)) {
            return;
        }
        try {
            String owner = Files.readString(marker, StandardCharsets.UTF_8).trim();
            if (alive(owner)) {
                return;
            }
            Path backup = backup(location);
            Files.deleteIfExists(sibling(location, ".mv.db"));
            if (Files.exists(backup)) {
                Restore.execute(backup.toString(), location.getParent().toString(), location.getFileName().toString());
                LOG.warn("a schema migration of {} was interrupted (process {}): the database is back as it was before it",
                        location, owner);
            } else {
                LOG.warn("the first schema migration of {} was interrupted (process {}): the half-made database is removed",
                        location, owner);
            }
            Files.deleteIfExists(backup);
            Files.delete(marker);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Runs {@code migrate} under the marker, with a backup first unless the database has no schema yet. */
    static <T> T migrate(Path location, DataSource dataSource, boolean hasSchema, Supplier<T> migrate) {
        Path marker = marker(location);
        Path backup = backup(location);
        try {
            Files.writeString(marker, ProcessHandle.current().pid() + "@" + host(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC);
            if (hasSchema) {
                try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                    // H2's own command (this guard runs on H2 only): a consistent copy while the database is open.
                    statement.execute("BACKUP TO '" + backup.toString().replace("'", "''") + "'");
                }
            }
            T result = migrate.get();
            Files.deleteIfExists(backup);
            Files.delete(marker);
            return result;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (SQLException failure) {
            throw DatabaseErrors.unavailable(location.toString(), failure);
        }
    }

    private static boolean alive(String owner) {
        int at = owner.indexOf('@');
        if (at < 0 || !owner.substring(at + 1).equals(host())) {
            return true;
        }
        try {
            return ProcessHandle.of(Long.parseLong(owner.substring(0, at))).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException unreadable) {
            return false;
        }
    }

    private static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException unknown) {
            return "localhost";
        }
    }

    private static Path marker(Path location) {
        return sibling(location, ".migrating");
    }

    private static Path backup(Path location) {
        return sibling(location, ".before-migration.zip");
    }

    private static Path sibling(Path location, String suffix) {
        return location.resolveSibling(location.getFileName() + suffix);
    }
}
