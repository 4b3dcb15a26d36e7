package dev.passerelle.bench.chaos;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The situations a trial kills a process in. Each names what the trial starts from, what it changes
 * before the run and which process it kills with SIGKILL: the engine ({@code crm-sync run}) in the
 * first four, the ERP endpoint ({@code erp-server}) in the last.
 */
enum Scenario {

    /** A fresh CRM store; the engine is killed during its first sync. */
    FIRST_SYNC("first-sync", false, false),
    /** The synced store; accounts, contacts and addresses changed by SQL in the ERP before the delta run. */
    DELTA_ERP_TO_CRM("delta-erp-to-crm", true, false),
    /** The synced store; companies, contacts and addresses edited through the engine's Java API before the run. */
    DELTA_CRM_TO_ERP("delta-crm-to-erp", true, false),
    /** The synced store; many new CRM contacts and addresses, each with a name of its own, to send. */
    SEND_NEW_RECORDS("send-new-records", true, false),
    /** As send-new-records plus CRM updates; the endpoint is killed while the engine runs, and started again. */
    ENDPOINT_DURING_APPLY("endpoint-during-apply", true, true);

    private final String label;
    private final boolean fromSyncedStore;
    private final boolean killsEndpoint;

    Scenario(String label, boolean fromSyncedStore, boolean killsEndpoint) {
        this.label = label;
        this.fromSyncedStore = fromSyncedStore;
        this.killsEndpoint = killsEndpoint;
    }

    /** The name on the command line and in the report. */
    String label() {
        return label;
    }

    /** Whether the trial starts from the CRM store of the first sync (else from no store at all). */
    boolean fromSyncedStore() {
        return fromSyncedStore;
    }

    /** Whether the process killed is the endpoint (else the engine). */
    boolean killsEndpoint() {
        return killsEndpoint;
    }

    static Scenario named(String label) {
        return Arrays.stream(values()).filter(scenario -> scenario.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown scenario '" + label + "' (known: "
                        + Arrays.stream(values()).map(Scenario::label).collect(Collectors.joining(", ")) + ")"));
    }
}
