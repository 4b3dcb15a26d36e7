package dev.passerelle.bench.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The files of one trial (or of the templates) in a folder of its own: the ERP database, the CRM
 * store, the endpoint's users, the engine's configuration and a log per child JVM. Immutable.
 *
 * @param folder the folder, created when the record is made
 */
record TrialFolder(Path folder) {

    TrialFolder {
        try {
            Files.createDirectories(folder);
        } catch (IOException failure) {
            throw new ChaosFailure("cannot create " + folder + ": " + failure.getMessage(), failure);
        }
    }

    /** The ERP database, as H2 names it (its file is {@link #dataFile}). */
    Path erp() {
        return folder.resolve("erp");
    }

    /** The CRM store, as H2 names it. */
    Path crm() {
        return folder.resolve("crm");
    }

    Path users() {
        return folder.resolve("users.txt");
    }

    Path engineConfig() {
        return folder.resolve("crm-sync.properties");
    }

    Path log(String name) {
        return folder.resolve(name + ".log");
    }

    /** The one file H2 keeps a database in (its lock and trace files come and go with the processes). */
    static Path dataFile(Path database) {
        return database.resolveSibling(database.getFileName() + ".mv.db");
    }

    /** Copies a database of another folder here; no process may hold either while it is copied. */
    void copyDatabase(Path from, Path to) {
        try {
            Files.copy(dataFile(from), dataFile(to), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot copy " + dataFile(from) + " to " + dataFile(to), failure);
        }
    }
}
