package dev.passerelle.launcher.bench;

import dev.passerelle.client.Direction;
import dev.passerelle.client.ProgressListener;
import dev.passerelle.client.RunMode;
import dev.passerelle.client.RunReport;
import dev.passerelle.client.RunStatus;
import java.util.List;

/**
 * A delta run after {@code changed} ERP accounts were changed by one plain SQL UPDATE (not timed),
 * then {@code idleRuns} runs with nothing to do, of which the median counts.
 *
 * @param changed    accounts changed in the ERP
 * @param nanos      wall time of the delta run
 * @param records    records the delta run brought ERP -> CRM
 * @param idleNanos  median wall time of the idle runs
 */
record DeltaSync(int changed, long nanos, long records, long idleNanos) {

    static DeltaSync run(Workbench bench, int changed, int idleRuns) {
        List<Long> ids = bench.erpJdbi().withHandle(handle -> handle.createQuery(
                        "SELECT id FROM account ORDER BY id OFFSET 0 ROWS FETCH NEXT :count ROWS ONLY")
                .bind("count", changed).mapTo(Long.class).list());
        int updated = bench.erpJdbi().withHandle(handle -> handle.createUpdate(
                        "UPDATE account SET website = :website WHERE id BETWEEN :first AND :last")
                .bind("website", "https://delta.example.com").bind("first", ids.get(0))
                .bind("last", ids.get(ids.size() - 1)).execute());
        if (updated != changed) {
            throw new BenchFailure("expected " + changed + " ERP accounts to change, " + updated + " did");
        }
        long started = System.nanoTime();
        RunReport delta = checked(bench.engine().run(null, Workbench.INTEGRATION, RunMode.DELTA, ProgressListener.NONE));
        long nanos = System.nanoTime() - started;
        long[] idle = new long[idleRuns];
        for (int run = 0; run < idleRuns; run++) {
            long idleStarted = System.nanoTime();
            checked(bench.engine().run(null, Workbench.INTEGRATION, RunMode.DELTA, ProgressListener.NONE));
            idle[run] = System.nanoTime() - idleStarted;
        }
        return new DeltaSync(changed, nanos, delta.total(Direction.ERP_TO_CRM), Numbers.percentile(idle, 50));
    }

    static RunReport checked(RunReport report) {
        if (report.status() != RunStatus.SUCCESS) {
            throw new BenchFailure("a run ended " + report.status() + ": " + report.errors() + " " + report.rejected());
        }
        return report;
    }
}
