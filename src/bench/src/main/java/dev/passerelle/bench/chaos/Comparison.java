package dev.passerelle.bench.chaos;

import java.nio.file.Path;

/**
 * The verdict on a trial's two sides: the records matched through the identity map
 * ({@link RecordCheck}), what the trial changed before its run ({@link ExpectationCheck}), and the
 * CRM changes still waiting (each outbox entry left PENDING and each error-queue entry is UNSETTLED).
 * The sides are equal when nothing is found. Stateless.
 */
final class Comparison {

    private Comparison() {
    }

    /** Reads both sides (see {@link Snapshot#read(Path, Path)}) and compares them. */
    static Findings of(Path erpDatabase, Path crmStore, Expectations expectations) {
        return of(Snapshot.read(erpDatabase, crmStore), expectations);
    }

    static Findings of(Snapshot snapshot, Expectations expectations) {
        Findings findings = new Findings();
        new RecordCheck(snapshot, findings).run();
        new ExpectationCheck(snapshot, findings).run(expectations);
        snapshot.pendingOutbox().forEach(entry -> findings.unsettled(entry, "still PENDING: not sent, or not answered"));
        snapshot.errorQueue().forEach(entry -> findings.unsettled("error queue: " + entry, "rejected by the ERP"));
        return findings;
    }
}
