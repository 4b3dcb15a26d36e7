package dev.passerelle.bench;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.run.Direction;
import dev.passerelle.client.run.ProgressListener;
import dev.passerelle.client.run.RunMode;
import dev.passerelle.client.run.RunReport;
import dev.passerelle.client.run.RunStatus;

/**
 * The first sync ERP -> CRM of a whole demo ERP over SOAP, timed, with the peak heap of this JVM
 * during it.
 *
 * @param nanos     wall time of the run
 * @param records   records the run brought ERP -> CRM (accounts, contacts, addresses, figures)
 * @param peakBytes peak heap during the run
 * @param cpuNanos  CPU used by the whole JVM during the run ({@link ProcessCpu}; -1 when unknown)
 * @param compilingMillis time the JIT compiler spent compiling during the run, all its threads together
 *                  ({@link JitActivity}; -1 when unknown)
 */
record FirstSync(long nanos, long records, long peakBytes, long cpuNanos, long compilingMillis) {

    static FirstSync run(CrmEngine engine) {
        HeapPeak.reset();
        long compiled = JitActivity.millis();
        long cpu = ProcessCpu.nanos();
        long started = System.nanoTime();
        RunReport report = engine.run(null, Workbench.INTEGRATION, RunMode.DELTA, ProgressListener.NONE);
        long nanos = System.nanoTime() - started;
        long cpuNanos = ProcessCpu.since(cpu);
        long compilingMillis = JitActivity.since(compiled);
        long peak = HeapPeak.bytes();
        if (report.status() != RunStatus.SUCCESS) {
            throw new BenchFailure("the first sync ended " + report.status() + ": " + report.errors());
        }
        return new FirstSync(nanos, report.total(Direction.ERP_TO_CRM), peak, cpuNanos, compilingMillis);
    }

    double recordsPerSecond() {
        return records / Numbers.seconds(nanos);
    }
}
