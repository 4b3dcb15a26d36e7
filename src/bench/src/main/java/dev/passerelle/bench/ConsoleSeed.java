package dev.passerelle.bench;

import org.jdbi.v3.core.Jdbi;

/**
 * What a CRM store holds after months of use, added by SQL after the first sync so that every console
 * listing has pages to go through: past runs (a 5-minute schedule's), a long run log, queued errors,
 * and records out of step of each kind diagnose finds. Sizes follow the number of accounts; each
 * statement is valid on SQL Server and H2. Not timed.
 *
 * <p>Records are picked by their ids' remainders; the store's ids are odd, so at 100,000 accounts the
 * picks below come to: 4,000 queued errors (800 stopped), 2,000 accounts off their company, 200
 * secondary accounts (so 2,200 orphans), 1,000 codes to type, 500 accounts deleted in the ERP.
 *
 * @param runs past runs added (N/5: 20,000, about 70 days of a 5-minute schedule, at 100,000 accounts)
 * @param logLines lines added to the first sync's log, one per account (a tenth conflicts, the rest warnings)
 * @param errors records of the error queue (a fifth stopped, a fifth the ERP no longer knows)
 * @param unlinked accounts taken off their company: each an unmatched account, its company an unlinked customer
 * @param secondary accounts left on their company as a secondary one (an orphan, as one linked with --additional)
 * @param pendingCodes accounts waiting for a code to be typed
 * @param deleted accounts the ERP deleted
 */
record ConsoleSeed(long runs, long logLines, long errors, long unlinked, long secondary, long pendingCodes, long deleted) {

    static ConsoleSeed fill(Jdbi store, int accounts, long firstRunId) {
        long runs = Math.max(100, accounts / 5);
        return store.inTransaction(handle -> {
            long lines = handle.createUpdate("INSERT INTO run_log (run_id, logged_at, level, kind, entity, record_ref, field,"
                    + " crm_value, erp_value, message) SELECT :run, CURRENT_TIMESTAMP, N'WARN',"
                    + " CASE WHEN (a.id / 2) % 10 = 0 THEN N'CONFLICT' ELSE N'WARNING' END, N'ACCOUNT', a.account_code, N'name',"
                    + " a.name, a.name, N'the name differed on both sides; the ERP''s was kept' FROM account a")
                    .bind("run", firstRunId).execute();
            long addedRuns = handle.createUpdate("INSERT INTO sync_run (integration, run_mode, status, started_at, ended_at,"
                    + " duration_ms) SELECT TOP (:runs) N'main', N'DELTA', CASE WHEN (a.id / 2) % 20 = 0 THEN N'WARNING'"
                    + " ELSE N'SUCCESS' END, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 12 FROM account a ORDER BY a.id")
                    .bind("runs", runs).execute();
            handle.execute("INSERT INTO outbox (integration, entity, crm_id, operation, state, created_at, updated_at)"
                    + " SELECT N'main', N'ACCOUNT', a.id, N'UPDATE', N'ERROR', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP"
                    + " FROM account a WHERE a.id % 50 = 7");
            long errors = handle.execute("INSERT INTO error_queue (outbox_id, integration, entity, crm_id, status, field_errors,"
                    + " attempts, stopped, first_at, last_at) SELECT o.id, o.integration, o.entity, o.crm_id,"
                    + " CASE WHEN o.crm_id % 250 = 57 THEN N'NOT_FOUND' ELSE N'REJECTED' END, N'name: longer than 35 characters',"
                    + " 3, CASE WHEN (o.crm_id / 50) % 5 = 3 THEN 1 ELSE 0 END, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP"
                    + " FROM outbox o WHERE o.state = N'ERROR'");
            long unlinked = handle.execute("UPDATE account SET company_id = NULL WHERE id % 100 = 3");
            long secondary = handle.execute("UPDATE account SET is_primary = 0 WHERE id % 1000 = 9");
            long pending = handle.execute("UPDATE account SET account_code = N'[PENDING]' WHERE id % 200 = 11");
            long deleted = handle.execute("UPDATE account SET erp_deleted = 1 WHERE id % 400 = 13");
            return new ConsoleSeed(addedRuns, lines, errors, unlinked, secondary, pending, deleted);
        });
    }
}
