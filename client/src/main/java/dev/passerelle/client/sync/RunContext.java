package dev.passerelle.client.sync;

import dev.passerelle.client.IntegrationSettings;
import dev.passerelle.client.ProgressListener;
import dev.passerelle.client.conflict.ConflictPolicy;
import dev.passerelle.client.store.CrmStore;
import dev.passerelle.client.transport.ErpTransport;
import java.util.Set;

/** What every part of one run shares. */
record RunContext(IntegrationSettings settings, CrmStore store, ErpTransport transport, RunJournal journal,
                  ConflictPolicy policy, Set<Long> skippedCompanies, ProgressListener progress) {

    String integration() {
        return settings.name();
    }
}
