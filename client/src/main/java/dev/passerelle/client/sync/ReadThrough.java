package dev.passerelle.client.sync;

import dev.passerelle.contract.v1.EntityType;
import java.util.List;
import java.util.Map;

/**
 * How far a run read the ERP: every one of {@code entities} to the end of its changes, after the ERP
 * gave {@code horizon} as its change horizon (GetServiceInfo), leaving the integration's saved tokens
 * at {@code tokens}. A later run that finds the same horizon, the same entities and the same saved
 * tokens has nothing new to read and leaves GetChanges out: an idle turn of {@code crm-sync watch} is
 * then one call. Kept in memory by the process that made the run.
 */
record ReadThrough(long horizon, List<EntityType> entities, Map<String, String> tokens) {

    ReadThrough {
        entities = List.copyOf(entities);
        tokens = Map.copyOf(tokens);
    }

    /** Whether a run that sees {@code horizon}, reads {@code entities} and starts from {@code tokens} has nothing to read. */
    boolean covers(Long horizon, List<EntityType> entities, Map<String, String> tokens) {
        return horizon != null && horizon == this.horizon && this.entities.equals(entities) && this.tokens.equals(tokens);
    }
}
