package dev.passerelle.bench;

import dev.passerelle.client.run.Direction;
import dev.passerelle.client.run.ProgressListener;
import dev.passerelle.client.run.RunMode;
import dev.passerelle.client.run.RunReport;
import dev.passerelle.client.run.RunStatus;
import java.util.List;

/**
 * A delta run after {@code changed} ERP accounts were changed by one plain SQL UPDATE (not timed),
 * then runs with nothing to do: {@code idleRuns} right after the delta, then {@code warmUpRuns} more
 * (not timed), then {@code idleRuns} again. The scheduler ({@code crm-sync watch}) makes every turn in
 * one long-lived process, so its idle runs are the warmed-up ones; the first ones after a delta are
 * slower (a warm-up: code the JIT has not compiled yet, statements each pooled connection prepares
 * for the first time) and are reported beside them.
 *
 * @param changed        accounts changed in the ERP
 * @param nanos          wall time of the delta run
 * @param records        records the delta run brought ERP -> CRM
 * @param firstIdleNanos median wall time of the idle runs right after the delta
 * @param idleNanos      median wall time of the idle runs after the warm-up
 */
record DeltaSync(int changed, long nanos, long records, long firstIdleNanos, long idleNanos) {

    static DeltaSync run(Workbench bench, int changed, int idleRuns, int warmUpRuns) {
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
        long firstIdle = medianIdle(bench, idleRuns);
        for (int run = 0; run < warmUpRuns; run++) {
            idle(bench);
        }
        return new DeltaSync(changed, nanos, delta.total(Direction.ERP_TO_CRM), firstIdle, medianIdle(bench, idleRuns));
    }

    private static long medianIdle(Workbench bench, int runs) {
        long[] idle = new long[runs];
        for (int run = 0; run < runs; run++) {
            long started = System.nanoTime();
            idle(bench);
            idle[run] = System.nanoTime() - started;
        }
        return Numbers.percentile(idle, 50);
    }

    private static void idle(Workbench bench) {
        RunReport report = checked(bench.engine().run(null, Workbench.INTEGRATION, RunMode.DELTA, ProgressListener.NONE));
        if (report.total(Direction.ERP_TO_CRM) + report.total(Direction.CRM_TO_ERP) != 0) {
            throw new BenchFailure("an idle run exchanged records: " + report.total(Direction.ERP_TO_CRM)
                    + " ERP -> CRM, " + report.total(Direction.CRM_TO_ERP) + " CRM -> ERP");
        }
    }

    static RunReport checked(RunReport report) {
        if (report.status() != RunStatus.SUCCESS) {
            throw new BenchFailure("a run ended " + report.status() + ": " + report.errors() + " " + report.rejected());
        }
        return report;
    }
}
