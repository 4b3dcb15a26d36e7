package dev.passerelle.client.admin;

import dev.passerelle.client.run.ErpLinkState;

/**
 * Where one integration stands: its last run, when a scheduled turn last found nothing to exchange
 * ({@code checkedAt}, empty when none did; such a turn records no run), what waits to go out, queued
 * errors, who runs it now, and whether it is connected to its ERP (who disconnected it, when).
 */
public record EngineStatus(String integration, String lastRunAt, String lastStatus, String checkedAt, long pendingOut,
                           long queuedErrors, String runningBy, ErpLinkState erpLink) {
}
