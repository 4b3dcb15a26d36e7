package dev.passerelle.server.apply;

import dev.passerelle.contract.v1.ApplyChanges;

/** Ready-made batches for tests outside this package. */
public final class TestBatches {

    private TestBatches() {
    }

    public static ApplyChanges oneContact() {
        return Records.batch(Records.insert(Records.contact("1")));
    }
}
