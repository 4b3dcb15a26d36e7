package dev.passerelle.server.changes;

import dev.passerelle.contract.v1.GetChanges;
import dev.passerelle.contract.v1.GetChangesResponse;

/** Answers GetChanges. */
public final class ChangeFeed {

    public GetChangesResponse page(GetChanges request) {
        throw new UnsupportedOperationException("GetChanges is not available yet");
    }
}
