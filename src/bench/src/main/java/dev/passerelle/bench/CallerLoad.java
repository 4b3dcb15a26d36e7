package dev.passerelle.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;
import java.util.function.IntConsumer;

/**
 * A fixed number of calls spread over concurrent callers, each call timed: latency percentiles and
 * throughput. The call gets its sequence number (to vary the account asked for).
 *
 * @param callers   concurrent callers
 * @param latencies latency of every call, in nanoseconds
 * @param wallNanos wall time from the first call to the last
 * @param cpuNanos  CPU used by the whole JVM (callers and endpoint alike) meanwhile; -1 when unknown
 */
record CallerLoad(int callers, long[] latencies, long wallNanos, long cpuNanos) {

    static CallerLoad run(int callers, int callsPerCaller, IntConsumer call) {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            long[] latencies = new long[callers * callsPerCaller];
            List<Future<?>> done = new ArrayList<>();
            long cpu = ProcessCpu.nanos();
            long started = System.nanoTime();
            for (int caller = 0; caller < callers; caller++) {
                int first = caller * callsPerCaller;
                done.add(pool.submit(() -> {
                    for (int index = first; index < first + callsPerCaller; index++) {
                        long callStarted = System.nanoTime();
                        call.accept(index);
                        latencies[index] = System.nanoTime() - callStarted;
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            long wallNanos = System.nanoTime() - started;
            return new CallerLoad(callers, latencies, wallNanos, ProcessCpu.since(cpu));
        } catch (ExecutionException failure) {
            throw new BenchFailure("a call failed: " + failure.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted while measuring calls");
        } finally {
            pool.shutdownNow();
        }
    }

    double p50Millis() {
        return Numbers.millis(Numbers.percentile(latencies, 50));
    }

    double p99Millis() {
        return Numbers.millis(Numbers.percentile(latencies, 99));
    }

    /** CPU used per call, in microseconds; negative when unknown. */
    double cpuMicrosPerCall() {
        return cpuNanos < 0 ? -1 : cpuNanos / 1e3 / latencies.length;
    }

    double callsPerSecond() {
        return latencies.length / Numbers.seconds(wallNanos);
    }
}
