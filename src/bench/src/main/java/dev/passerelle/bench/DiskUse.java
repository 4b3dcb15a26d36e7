package dev.passerelle.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The disk space the workbench's two databases take in their folder ({@link Workbench}): every file
 * of each H2 database ({@code erp.mv.db}, {@code crm.mv.db} and any trace or temporary file beside them).
 *
 * @param erpBytes bytes of the ERP database's files
 * @param crmBytes bytes of the CRM store's files
 */
record DiskUse(long erpBytes, long crmBytes) {

    static DiskUse of(Path folder) {
        return new DiskUse(bytes(folder, Workbench.ERP_FILE), bytes(folder, Workbench.CRM_FILE));
    }

    private static long bytes(Path folder, String database) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().startsWith(database + "."))
                    .filter(Files::isRegularFile).mapToLong(DiskUse::size).sum();
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot list " + folder, failure);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException vanished) {
            return 0; // a temporary file H2 removed between the listing and now
        }
    }
}
