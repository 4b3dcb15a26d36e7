package dev.passerelle.common.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.h2.tools.Recover;
import org.h2.tools.RunScript;

/**
 * Rebuilds an embedded H2 database in a file from what can still be read of it: H2's recovery tool
 * writes every readable committed row as a SQL script, the damaged file is moved aside (kept, never
 * deleted) and a new file is made from the script. For the damage a crash can leave in the file
 * (index entries left locked, pages that do not read back). The database must not be open anywhere.
 */
public final class H2Rebuild {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** What a rebuild left: the damaged file moved aside, and the script the new file was made from. */
    public record Rebuilt(Path damagedCopy, Path script) {
    }

    private H2Rebuild() {
    }

    /** Whether a process has the database open (H2 keeps a lock file beside it while it is). */
    public static boolean inUse(Path location) {
        return Files.exists(sibling(location, ".lock.db"));
    }

    /**
     * Rebuilds the database at {@code location}, opened afterwards with {@code jdbcUrl}, {@code user} and
     * {@code password}. Throws {@link IllegalStateException} when it is open or has no file.
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
        String name = location.getFileName().toString();
        Path folder = location.getParent();
        try {
            Recover.execute(folder.toString(), name);
            Path written = folder.resolve(name + ".h2.sql");
            Path script = folder.resolve(name + ".recovered-" + LocalDateTime.now().format(STAMP) + ".sql");
            Files.move(written, script, StandardCopyOption.REPLACE_EXISTING);
            Path damaged = sibling(location, ".damaged-" + LocalDateTime.now().format(STAMP) + ".mv.db");
            Files.move(file, damaged);
            RunScript.execute(jdbcUrl, user, password, script.toString(), StandardCharsets.UTF_8, false);
            return new Rebuilt(damaged, script);
        } catch (SQLException failure) {
            throw new IllegalStateException("the recovered script did not load: " + failure.getMessage(), failure);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static Path sibling(Path location, String suffix) {
        return location.resolveSibling(location.getFileName() + suffix);
    }
}
