package dev.passerelle.bench;

import java.lang.management.ManagementFactory;

/**
 * CPU time used by this whole JVM (every thread: engine, endpoint, database writers, collector,
 * compiler). Next to a wall time it tells work from waiting: on a shared or busy machine the wall
 * time of a run varies far more than the CPU the run needs.
 */
final class ProcessCpu {

    private ProcessCpu() {
    }

    /** Nanoseconds of CPU used by this JVM so far; -1 when the JVM does not say. */
    static long nanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /** CPU used since {@code before} (a value of {@link #nanos()}); -1 when unknown. */
    static long since(long before) {
        long now = nanos();
        return before < 0 || now < 0 ? -1 : now - before;
    }
}
