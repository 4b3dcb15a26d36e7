package dev.passerelle.launcher.bench;

import dev.passerelle.client.Direction;
import dev.passerelle.client.ProgressListener;
import dev.passerelle.client.RunMode;
import dev.passerelle.client.RunReport;
import java.util.List;

/**
 * CRM -> ERP: {@code changes} companies edited in the CRM through the engine's edit API (not timed),
 * then one run that sends them to the ERP with ApplyChanges, timed.
 *
 * @param changes  accounts edited in the CRM
 * @param nanos    wall time of the run
 * @param sent     records the run sent CRM -> ERP
 * @param cpuNanos CPU used by the whole JVM (engine and endpoint) during the run; -1 when unknown
 */
record ApplyChanges(int changes, long nanos, long sent, long cpuNanos) {

    static ApplyChanges run(Workbench bench, int changes) {
        List<Long> companies = bench.engine().store().jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT company_id FROM account WHERE company_id IS NOT NULL ORDER BY id"
                                + " OFFSET 0 ROWS FETCH NEXT :count ROWS ONLY")
                .bind("count", changes).mapTo(Long.class).list());
        if (companies.size() < changes) {
            throw new BenchFailure("only " + companies.size() + " CRM accounts to edit, " + changes + " wanted");
        }
        for (int index = 0; index < companies.size(); index++) {
            bench.engine().edits().editCompany(companies.get(index), "website", "https://crm-" + index + ".example.com");
        }
        long cpu = ProcessCpu.nanos();
        long started = System.nanoTime();
        RunReport report = DeltaSync.checked(
                bench.engine().run(null, Workbench.INTEGRATION, RunMode.DELTA, ProgressListener.NONE));
        long nanos = System.nanoTime() - started;
        return new ApplyChanges(changes, nanos, report.total(Direction.CRM_TO_ERP), ProcessCpu.since(cpu));
    }
}
