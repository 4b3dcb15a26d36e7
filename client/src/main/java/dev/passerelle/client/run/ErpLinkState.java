package dev.passerelle.client.run;

import java.time.LocalDateTime;

/**
 * Whether an integration is connected to its ERP, and who changed that last, when (UTC) and why.
 * {@code changedBy} is {@code null} for the operator (no {@code --user}); {@code changedAt} is
 * {@code null} for an integration never disconnected.
 */
public record ErpLinkState(String integration, boolean connected, String changedBy, LocalDateTime changedAt,
                           String reason) {

    /** One line for people: "connected", "disconnected by bob at 2026-03-02T08:00 (price update)". */
    public String describe() {
        if (changedAt == null) {
            return "connected";
        }
        return (connected ? "reconnected" : "disconnected") + " by " + (changedBy == null ? "operator" : changedBy)
                + " at " + changedAt.withNano(0) + (reason == null || reason.isBlank() ? "" : " (" + reason + ")");
    }
}
