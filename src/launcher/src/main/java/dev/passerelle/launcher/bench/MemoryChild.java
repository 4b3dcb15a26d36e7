package dev.passerelle.launcher.bench;

import java.nio.file.Path;

/**
 * The program a {@link MemoryRun} starts in a child JVM: builds a demo ERP of N accounts (not
 * timed), resets the heap peaks, runs the first sync and prints one {@value #PREFIX} line with the
 * figures. Arguments: the number of accounts and a folder for the databases.
 */
final class MemoryChild {

    static final String PREFIX = "BENCH-MEMORY";

    private MemoryChild() {
    }

    public static void main(String[] args) {
        Quiet.components();
        int accounts = Integer.parseInt(args[0]);
        try (Workbench bench = Workbench.open(Path.of(args[1]), accounts)) {
            FirstSync sync = FirstSync.run(bench.engine());
            System.out.printf("%s accounts=%d nanos=%d records=%d peak=%d%n", PREFIX, accounts, sync.nanos(),
                    sync.records(), sync.peakBytes());
        }
        System.exit(0);
    }
}
