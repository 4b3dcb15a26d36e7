package dev.passerelle.server.apply;

import dev.passerelle.contract.v1.ApplyChanges;
import dev.passerelle.contract.v1.ApplyChangesResponse;

/** Answers ApplyChanges. */
public final class ChangeApplier {

    public ApplyChangesResponse apply(String caller, ApplyChanges request) {
        throw new UnsupportedOperationException("ApplyChanges is not available yet");
    }
}
