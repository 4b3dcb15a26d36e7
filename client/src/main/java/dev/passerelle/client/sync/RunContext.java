package dev.passerelle.client.sync;

import dev.passerelle.client.config.IntegrationSettings;
import dev.passerelle.client.conflict.ConflictPolicy;
import dev.passerelle.client.identity.Identity;
import dev.passerelle.client.run.ProgressListener;
import dev.passerelle.client.store.CrmStore;
import dev.passerelle.client.transport.ErpTransport;
import dev.passerelle.contract.v1.Change;
import java.util.Set;

/**
 * What every part of one run shares. {@code rereadAll}: a full resync, which compares every ERP record
 * with the CRM's, whether its version moved or not, to catch ERP changes made without moving the
 * change pointers, or an ERP restored from a backup.
 */
record RunContext(IntegrationSettings settings, CrmStore store, ErpTransport transport, RunJournal journal,
                  ConflictPolicy policy, Set<Long> skippedCompanies, ProgressListener progress, boolean rereadAll) {

    String integration() {
        return settings.name();
    }

    /** Whether an ERP change of a known record is to be applied: its version moved, or the run rereads all. */
    boolean toApply(Identity identity, Change change) {
        return rereadAll || identity.erpVersion() < change.getVersion();
    }

    /** The count's outcome for a known record applied: a record the ERP changed, or one a reread corrected. */
    static String outcome(Identity identity, Change change, boolean written) {
        return identity.erpVersion() < change.getVersion() ? "updated" : written ? "corrected" : "unchanged";
    }
}
