package dev.passerelle.client.diagnose;

import dev.passerelle.client.store.DiagnosticReads;
import java.util.List;

/** The findings of the error queue of one integration: rejected, stopped, and keys the ERP no longer knows. */
final class Queued {

    private final String integration;

    Queued(String integration) {
        this.integration = integration;
    }

    void findings(List<DiagnosticReads.QueuedRow> queued, List<Finding> findings) {
        for (DiagnosticReads.QueuedRow row : queued) {
            long id = row.outboxId();
            if (row.stopped()) {
                findings.add(finding(FindingKind.STOPPED, row, row.status() + ", taken out of the flow: " + row.fieldErrors()
                        + "\nonce the record is fixed, put it back in the flow:", "crm-sync errors --reactivate " + id, null));
            } else if ("NOT_FOUND".equals(row.status())) {
                findings.add(finding(FindingKind.UNKNOWN_TO_ERP, row, "the ERP no longer knows " + row.entity() + " "
                        + row.crmId() + " (key " + row.erpKey() + "): deleted there without a trace, or the ERP was restored"
                        + " from a backup", "crm-sync errors --recreate " + id, "crm-sync errors --stop " + id));
            } else {
                findings.add(finding(FindingKind.REJECTED, row, row.status() + ": " + row.fieldErrors()
                        + "\nfix the record in the CRM (it is retried every run), or take it out of the flow:",
                        "crm-sync errors --stop " + id, null));
            }
        }
    }

    private Finding finding(FindingKind kind, DiagnosticReads.QueuedRow row, String description, String fix,
                            String alternative) {
        return new Finding(kind, integration, row.entity(), row.crmId(), row.erpKey(), description, fix, alternative);
    }
}
