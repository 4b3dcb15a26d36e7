package dev.passerelle.client.store;

import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * What a scheduled turn asks the store before it decides that a run would exchange nothing, and the
 * record of such a turn ({@code idle_check}). One statement each way, every question stopping at its
 * first row on an index: a turn made every second stays cheap.
 */
public final class IdleChecks {

    /**
     * The indexed flag {@code skip_next_run} is compared with a BIT: against the integer 1, H2 reads every
     * entry of its index (docs/ARCHITECTURE.md, decisions in force). The other flags filter rows found by key.
     */
    private static final String WORK_WAITING = "SELECT CASE WHEN EXISTS (SELECT 1 FROM (SELECT TOP (1) status FROM sync_run"
            + " WHERE integration = :integration ORDER BY id DESC) r WHERE r.status = N'RUNNING')"
            + " OR EXISTS (SELECT 1 FROM outbox o WHERE o.integration = :integration AND o.state = N'PENDING'"
            + " AND NOT EXISTS (SELECT 1 FROM error_queue e WHERE e.outbox_id = o.id AND e.stopped = 1))"
            + " OR EXISTS (SELECT 1 FROM outbox o WHERE o.integration = :integration AND o.batch_id IS NOT NULL)"
            + " OR EXISTS (SELECT 1 FROM company c WHERE c.skip_next_run = CAST(1 AS BIT) AND EXISTS (SELECT 1 FROM account a"
            + " WHERE a.company_id = c.id AND a.integration = :integration))"
            + " OR EXISTS (SELECT 1 FROM parked_change p JOIN company c ON c.id = p.company_id"
            + " WHERE p.integration = :integration AND c.never_sync = 0)";
    private static final String ADMITTED = " OR EXISTS (SELECT 1 FROM skipped_account s WHERE s.integration = :integration"
            + " AND s.reason IN (<admitted>))";

    private IdleChecks() {
    }

    /**
     * Whether anything in the store waits for a run: the integration's latest run still marked RUNNING
     * (in progress elsewhere, or interrupted and to be closed), a pending change not stopped by an
     * administrator, a change sent and not answered, a company flagged "not this time", an ERP change
     * parked for a company that is no longer "never sync", or an account kept out for one of
     * {@code admittedReasons} (the reasons the integration's switches now let in).
     */
    public static boolean workWaiting(Handle handle, String integration, List<String> admittedReasons) {
        Query query = handle.createQuery(workWaitingSql(!admittedReasons.isEmpty())).bind("integration", integration);
        if (!admittedReasons.isEmpty()) {
            query.bindList("admitted", admittedReasons);
        }
        return query.mapTo(Integer.class).one() == 1;
    }

    /** The statement of {@link #workWaiting}, with or without its question on accounts kept out. */
    static String workWaitingSql(boolean admitted) {
        return WORK_WAITING + (admitted ? ADMITTED : "") + " THEN 1 ELSE 0 END";
    }

    /** Records a turn that found nothing to exchange, at {@code at}. */
    public static void checked(Handle handle, String integration, LocalDateTime at) {
        int updated = handle.createUpdate("UPDATE idle_check SET checked_at = :at WHERE integration = :integration")
                .bind("integration", integration).bind("at", at).execute();
        if (updated == 0) {
            handle.createUpdate("INSERT INTO idle_check (integration, checked_at) VALUES (:integration, :at)")
                    .bind("integration", integration).bind("at", at).execute();
        }
    }
}
