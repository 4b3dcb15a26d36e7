package dev.passerelle.client.run;

/** Where a run stands, or how it ended. */
public enum RunStatus {
    PENDING,
    RUNNING,
    /** Everything went through. */
    SUCCESS,
    /** The run completed, but some records were rejected, held back or skipped with a warning. */
    WARNING,
    /** The run stopped early (ERP unreachable, lock lost, store error); what it committed stays. */
    FAILURE
}
