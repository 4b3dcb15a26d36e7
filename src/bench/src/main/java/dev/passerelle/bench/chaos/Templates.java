package dev.passerelle.bench.chaos;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * What every trial of a chaos command starts from, made once: an ERP database of N demo accounts
 * (an endpoint child started with {@code --demo-accounts N} on a fresh file, then stopped with
 * SIGTERM), and the CRM store of one first sync of it by an engine child, checked clean. No process
 * holds either once made, so trials copy them. Immutable.
 *
 * @param folder      the templates' folder
 * @param credentials the ERP user every trial's endpoint and engine share
 * @param accounts    the demo accounts
 */
record Templates(TrialFolder folder, Credentials credentials, int accounts) {

    /** Makes the templates in {@code folder}; a failure to make them is the suite's ({@link ChaosFailure}). */
    static Templates make(TrialFolder folder, int accounts, Consumer<String> progress) {
        Credentials credentials = Credentials.random();
        credentials.saveUsers(folder.users());
        Duration limit = limit(accounts);
        long started = System.nanoTime();
        try (Endpoint endpoint = Endpoint.start(folder.erp(), folder.users(), 0, accounts, folder.log("endpoint"), limit)) {
            progress.accept(String.format("ERP template of %,d demo accounts made in %.1f s; first sync", accounts,
                    (System.nanoTime() - started) / 1e9));
            credentials.saveEngineConfig(folder.engineConfig(), folder.crm(), endpoint.url());
            try (Child sync = EngineRun.start(folder, "first-sync")) {
                int exit = sync.waitFor(limit).orElseThrow(() -> new ChaosFailure("the first sync of the templates took over "
                        + limit.toSeconds() + " s; last lines: " + sync.logTail(8)));
                if (exit != 0) {
                    throw new ChaosFailure("the first sync of the templates exited " + exit + "; last lines: " + sync.logTail(8));
                }
            }
            Findings findings = Comparison.of(folder.erp(), folder.crm(), Expectations.none());
            if (!findings.clean()) {
                throw new ChaosFailure("the first sync of the templates does not match the ERP (" + findings.all().size()
                        + " findings, first: " + findings.all().get(0) + "); see " + folder.folder());
            }
            endpoint.stop();
        }
        for (Path database : new Path[] {folder.erp(), folder.crm()}) {
            if (Files.exists(database.resolveSibling(database.getFileName() + ".lock.db"))) {
                throw new ChaosFailure(database + " is still locked after its processes ended; it cannot be copied");
            }
        }
        progress.accept(String.format("templates ready in %.1f s", (System.nanoTime() - started) / 1e9));
        return new Templates(folder, credentials, accounts);
    }

    Path erp() {
        return folder.erp();
    }

    Path crm() {
        return folder.crm();
    }

    /** How long making the ERP or its first sync may take: generous, the machine may be shared. */
    static Duration limit(int accounts) {
        return Duration.ofMinutes(5).plusMillis(accounts * 100L);
    }
}
