package dev.passerelle.client.diagnose;

/**
 * One thing out of step: what, which record, and the command that fixes it, complete and ready to run
 * as printed ({@code fix}), with the other way when there is one ({@code alternative}, a command too,
 * may be null); the description says when to take which. An informational finding's fix is how to
 * change it, if anyone wants to.
 */
public record Finding(FindingKind kind, String integration, String entity, long crmId, String erpKey, String description,
                      String fix, String alternative) {
}
