package dev.passerelle.client.diagnose;

/** What is out of step. An action finding waits for someone to run its fix; an informational one says how things stand. */
public enum FindingKind {
    /** A customer company that should sync has no ERP account. */
    UNLINKED_COMPANY(true),
    /** An ERP account matches no CRM company. */
    UNMATCHED_ACCOUNT(true),
    /** An account waits for its accounting code (free mode). */
    CODE_TO_TYPE(true),
    /** The ERP rejected a record; it is retried every run. */
    REJECTED(true),
    /** A rejected record taken out of the flow, waiting to be fixed and reactivated. */
    STOPPED(true),
    /** The ERP no longer knows a key the CRM holds. */
    UNKNOWN_TO_ERP(true),
    /** The ERP deleted an account the CRM keeps, marked. */
    DELETED_IN_ERP(true),
    /** A free field the ERP no longer replicates still has values in the CRM. */
    FREE_FIELD_NOT_REPLICATED(true),
    /** Contacts and addresses wait for accounts the integration's switches keep out. */
    SKIPPED_CHILDREN(false),
    /** A company kept out of the flow on purpose ("never sync"). */
    NEVER_SYNC(false);

    private final boolean needsAction;

    FindingKind(boolean needsAction) {
        this.needsAction = needsAction;
    }

    public boolean needsAction() {
        return needsAction;
    }
}
