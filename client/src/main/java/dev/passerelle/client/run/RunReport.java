package dev.passerelle.client.run;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The record of one run: how it ended, counts per entity, direction and outcome, conflicts with
 * both values and the winner, keys the ERP returned, records it rejected with their field errors,
 * warnings and errors. Detail lists are capped (see {@code truncated}); counts never are. Immutable.
 */
public record RunReport(long runId, String integration, RunMode mode, RunStatus status, Instant startedAt,
                        Duration duration, List<Count> counts, List<Conflict> conflicts, List<KeyReturned> keysReturned,
                        List<Rejection> rejected, List<String> warnings, List<String> errors, boolean truncated) {

    /** How many records of an entity went one way with one outcome (applied, inserted, skipped...). */
    public record Count(String entity, Direction direction, String outcome, int quantity) {
    }

    /** A field changed on both sides: both values and which side won. */
    public record Conflict(String entity, String record, String field, String crmValue, String erpValue, String winner) {
    }

    /** A key the ERP assigned to a record the CRM created (and the account code, for accounts). */
    public record KeyReturned(String entity, long crmId, String erpKey, String accountCode) {
    }

    /** A CRM record the ERP did not take, with why; it waits in the error queue. */
    public record Rejection(String entity, long crmId, String status, List<String> fieldErrors) {
    }

    /** The count for one entity, direction and outcome (0 when none). */
    public int count(String entity, Direction direction, String outcome) {
        return counts.stream()
                .filter(c -> c.entity().equals(entity) && c.direction() == direction && c.outcome().equals(outcome))
                .mapToInt(Count::quantity).sum();
    }

    /**
     * All records moved one way, whatever the outcome, except skipped ones and the engine's own writes
     * read back unchanged; batches are not records.
     */
    public int total(Direction direction) {
        return total(counts, direction);
    }

    /** {@link #total(Direction)} of counts read back from a run's record. */
    public static int total(List<Count> counts, Direction direction) {
        return counts.stream().filter(c -> c.direction() == direction && !c.outcome().equals("skipped")
                        && !c.outcome().equals("unchanged") && !c.entity().equals("BATCH"))
                .mapToInt(Count::quantity).sum();
    }
}
