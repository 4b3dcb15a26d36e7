package dev.passerelle.client.run;

/** What a run does: the normal two-way delta, a full re-read of the ERP, or a full re-send of the CRM. */
public enum RunMode {
    /** Changes since the last run, both ways. */
    DELTA,
    /** Every ERP record again from a snapshot (ERP to CRM), then the CRM's pending changes. */
    RESYNC_ALL,
    /** Every linked CRM record sent again (CRM to ERP), after the ERP's changes. */
    RESEND_ALL;

    /** What the run lock's holder is doing, for messages: "delta run", "resync", "resend". */
    public String describe() {
        return switch (this) {
            case DELTA -> "delta run";
            case RESYNC_ALL -> "resync";
            case RESEND_ALL -> "resend";
        };
    }
}
