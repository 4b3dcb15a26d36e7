package dev.passerelle.common.db;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.h2.tools.Recover;
import org.h2.tools.RunScript;

/**
 * Rebuilds an embedded H2 database in a file from what can still be read of it: H2's recovery tool
 * writes every readable committed row as a SQL script, a new database is made from the script beside
 * the damaged one, and only once it is whole is the damaged file moved aside (kept, never deleted) and
 * the new one put in its place. For the damage a crash can leave in the file (pages that no longer read
 * back: their rows are lost, the others kept). A file that cannot be rebuilt is left exactly as it was.
 * The database must not be open anywhere.
 */
public final class H2Rebuild {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** What a rebuild left: the damaged file moved aside, and the script the new file was made from. */
    public record Rebuilt(Path damagedCopy, Path script) {
    }

    /**
     * The database could not be rebuilt: H2's recovery could not read the file, or what it read does not
     * load into a new database. The file is left as it was; {@link #script} is what recovery read, when
     * it read anything, for a person to look at.
     */
    public static final class NotRebuilt extends IllegalStateException {
        private static final long serialVersionUID = 1L;
        private final transient Path script;

        NotRebuilt(String message, Path script, Throwable cause) {
            super(message, cause);
            this.script = script;
        }

        public Optional<Path> script() {
            return Optional.ofNullable(script);
        }
    }

    private H2Rebuild() {
    }

    /** Whether a process has the database open (H2 keeps a lock file beside it while it is). */
    public static boolean inUse(Path location) {
        return Files.exists(sibling(location, ".lock.db"));
    }

    /**
     * Rebuilds the database at {@code location}, opened afterwards with {@code jdbcUrl}, {@code user} and
     * {@code password}. Throws {@link IllegalStateException} when it is open, has no file or another
     * repair of it is running, and {@link NotRebuilt} when it cannot be rebuilt; in each case the file is
     * left as it was. The work folders of earlier repairs that were killed are removed first.
     */
    public static Rebuilt rebuild(Path location, String jdbcUrl, String user, String password) {
        Path file = sibling(location, ".mv.db");
        if (!Files.exists(file)) {
            throw new IllegalStateException("no database file " + file);
        }
        if (inUse(location)) {
            throw new IllegalStateException("the database " + file + " is open in a process (" + sibling(location, ".lock.db")
                    + " exists): stop it first");
        }
        Path lockFile = sibling(location, ".rebuild.lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = tryLock(channel)) {
            if (lock == null) {
                throw new IllegalStateException("another repair of " + file + " is running: wait for it to end");
            }
            try {
                removeLeftovers(location);
                return rebuildAlone(location, file, jdbcUrl, user, password);
            } finally {
                deleteQuietly(lockFile); // before the lock is let go: a repair that opens the file next makes a new one
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static Rebuilt rebuildAlone(Path location, Path file, String jdbcUrl, String user, String password) {
        String name = location.getFileName().toString();
        String stamp = LocalDateTime.now().format(STAMP);
        Path workspace = null;
        try {
            // Recovery dumps every database file in its folder whose name starts like this one's (earlier
            // damaged copies too): it works on a link to this file alone, in a folder of its own.
            workspace = Files.createTempDirectory(location.toAbsolutePath().getParent(), name + ".rebuild-");
            Path script = recover(file, workspace, name, sibling(location, ".recovered-" + stamp + ".sql"));
            Path rebuilt = workspace.resolve("rebuilt");
            try {
                load(script, H2Urls.relocated(jdbcUrl, rebuilt), user, password);
            } catch (SQLException | RuntimeException failure) {
                throw new NotRebuilt("the rows H2's recovery read from " + file + " do not load into a new database ("
                        + firstLine(failure.getMessage()) + ")", script, failure);
            }
            Path damaged = sibling(location, ".damaged-" + stamp + ".mv.db");
            Files.move(file, damaged);
            Files.move(sibling(rebuilt, ".mv.db"), file);
            return new Rebuilt(damaged, script);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } finally {
            deleteQuietly(workspace);
        }
    }

    /**
     * Runs the recovered script into a new database. Its rows go in without a commit each (the script sets
     * WRITE_DELAY 0, and each commit then wrote a chunk: a store of 100,000 accounts grew past 4 GB and was
     * not loaded after 13 minutes); H2 commits at each table the script creates, and at the end.
     */
    private static void load(Path script, String jdbcUrl, String user, String password) throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Reader reader = Files.newBufferedReader(script, StandardCharsets.UTF_8)) {
            connection.setAutoCommit(false);
            RunScript.execute(connection, reader);
            connection.commit();
        }
    }

    /** Writes what H2's recovery reads of {@code file} to {@code script}; a script without a table is no recovery. */
    private static Path recover(Path file, Path workspace, String name, Path script) throws IOException {
        Path alone = workspace.resolve(name + ".mv.db");
        try {
            Files.createLink(alone, file);
        } catch (IOException | UnsupportedOperationException noLink) {
            Files.copy(file, alone);
        }
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        try {
            Recover recover = new Recover();
            recover.setOut(new PrintStream(said, true, StandardCharsets.UTF_8));
            recover.runTool("-dir", workspace.toString(), "-db", name);
        } catch (SQLException | RuntimeException unreadable) {
            throw new NotRebuilt("H2's recovery cannot read " + file + " (" + firstLine(unreadable.getMessage()) + ")", null,
                    unreadable);
        }
        Files.move(workspace.resolve(name + ".h2.sql"), script, StandardCopyOption.REPLACE_EXISTING);
        boolean tables;
        try (Stream<String> lines = Files.lines(script, StandardCharsets.UTF_8)) {
            tables = lines.anyMatch(line -> line.startsWith("CREATE CACHED TABLE ") || line.startsWith("CREATE MEMORY TABLE "));
        }
        if (!tables) {
            String reason = said.toString(StandardCharsets.UTF_8).strip();
            throw new NotRebuilt("H2's recovery found no table in " + file + (reason.isEmpty() ? "" : " (" + firstLine(reason) + ")"),
                    script, null);
        }
        return script;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    /** The lock of this process, or null when another process holds it (the operating system lets go of it when a process dies). */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldHere) {
            return null;
        }
    }

    /**
     * Removes the work folders of repairs killed before they ended (the new database they were loading
     * can be as large as the store). None of them is running: this one holds the repair lock.
     */
    private static void removeLeftovers(Path location) throws IOException {
        String prefix = location.getFileName() + ".rebuild-";
        try (Stream<Path> siblings = Files.list(location.toAbsolutePath().getParent())) {
            siblings.filter(path -> path.getFileName().toString().startsWith(prefix) && Files.isDirectory(path))
                    .forEach(H2Rebuild::deleteQuietly);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a leftover work folder costs disk space only; the outcome stands
        }
    }

    private static Path sibling(Path location, String suffix) {
        return location.resolveSibling(location.getFileName() + suffix);
    }
}
