package dev.passerelle.client.admin;

import dev.passerelle.client.run.ErpLinkState;

/**
 * Where one integration stands: its last run, what waits to go out, queued errors, who runs it now, and
 * whether it is connected to its ERP (who disconnected it, when).
 */
public record EngineStatus(String integration, String lastRunAt, String lastStatus, long pendingOut, long queuedErrors,
                           String runningBy, ErpLinkState erpLink) {
}
