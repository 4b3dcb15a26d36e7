package dev.passerelle.client.sync;

import dev.passerelle.client.config.IntegrationSettings;
import dev.passerelle.client.conflict.ConflictPolicy;
import dev.passerelle.client.identity.Identity;
import dev.passerelle.client.run.ProgressListener;
import dev.passerelle.client.store.CrmStore;
import dev.passerelle.client.transport.ErpTransport;
import dev.passerelle.contract.v1.Change;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every part of one run shares. {@code rereadAll}: a full resync, which compares every ERP record
 * with the CRM's, whether its version moved or not, to catch ERP changes made without moving the
 * change pointers, or an ERP restored from a backup. {@code rereading}: the entities this run reads again
 * from a full snapshot because the ERP answered their change token expired, compared alike (an ERP
 * restored from a backup answers records whose versions went back).
 */
record RunContext(IntegrationSettings settings, CrmStore store, ErpTransport transport, RunJournal journal,
                  ConflictPolicy policy, Set<Long> skippedCompanies, ProgressListener progress, boolean rereadAll,
                  Set<String> rereading) {

    RunContext(IntegrationSettings settings, CrmStore store, ErpTransport transport, RunJournal journal,
               ConflictPolicy policy, Set<Long> skippedCompanies, ProgressListener progress, boolean rereadAll) {
        this(settings, store, transport, journal, policy, skippedCompanies, progress, rereadAll, ConcurrentHashMap.newKeySet());
    }

    String integration() {
        return settings.name();
    }

    /** Whether an ERP change of a known record is to be applied: its version moved, or the run rereads its entity. */
    boolean toApply(Identity identity, Change change) {
        return rereadAll || identity.erpVersion() < change.getVersion() || rereading.contains(identity.entity());
    }

    /** From now on in this run, every ERP record of {@code entity} is compared with the CRM's, whatever its version. */
    void reread(String entity) {
        rereading.add(entity);
    }

    /** The count's outcome for a known record applied: a record the ERP changed, or one a reread corrected. */
    static String outcome(Identity identity, Change change, boolean written) {
        return identity.erpVersion() < change.getVersion() ? "updated" : written ? "corrected" : "unchanged";
    }
}
