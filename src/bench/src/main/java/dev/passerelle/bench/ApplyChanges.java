package dev.passerelle.bench;

import dev.passerelle.client.run.Direction;
import dev.passerelle.client.run.ProgressListener;
import dev.passerelle.client.run.RunMode;
import dev.passerelle.client.run.RunReport;
import java.util.List;

/**
 * CRM -> ERP: {@code changes} companies edited in the CRM through the engine's edit API (not timed),
 * then one run that sends them to the ERP with ApplyChanges, timed; then the same companies edited
 * again and sent by a second run, timed too. The first is the first ApplyChanges of the process: much
 * of its code (the endpoint's appliers, the request schema's validation, the engine's sending) runs
 * for the first time and the JIT compiles it during the run. The scheduler ({@code crm-sync watch})
 * sends every turn's changes from one long-lived process, as the second run does.
 *
 * @param changes accounts edited in the CRM, for each run
 * @param first   the first run
 * @param second  the second run, after the same accounts were edited again
 */
record ApplyChanges(int changes, Run first, Run second) {

    /**
     * One timed run.
     *
     * @param nanos    wall time of the run
     * @param sent     records the run sent CRM -> ERP
     * @param cpuNanos CPU used by the whole JVM (engine and endpoint) during the run; -1 when unknown
     */
    record Run(long nanos, long sent, long cpuNanos) {
    }

    static ApplyChanges run(Workbench bench, int changes) {
        List<Long> companies = bench.engine().store().jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT company_id FROM account WHERE company_id IS NOT NULL ORDER BY id"
                                + " OFFSET 0 ROWS FETCH NEXT :count ROWS ONLY")
                .bind("count", changes).mapTo(Long.class).list());
        if (companies.size() < changes) {
            throw new BenchFailure("only " + companies.size() + " CRM accounts to edit, " + changes + " wanted");
        }
        return new ApplyChanges(changes, editAndSend(bench, companies, "crm"), editAndSend(bench, companies, "crm-again"));
    }

    private static Run editAndSend(Workbench bench, List<Long> companies, String site) {
        for (int index = 0; index < companies.size(); index++) {
            bench.engine().edits().editCompany(companies.get(index), "website", "https://" + site + "-" + index + ".example.com");
        }
        long cpu = ProcessCpu.nanos();
        long started = System.nanoTime();
        RunReport report = DeltaSync.checked(
                bench.engine().run(null, Workbench.INTEGRATION, RunMode.DELTA, ProgressListener.NONE));
        long nanos = System.nanoTime() - started;
        return new Run(nanos, report.total(Direction.CRM_TO_ERP), ProcessCpu.since(cpu));
    }
}
