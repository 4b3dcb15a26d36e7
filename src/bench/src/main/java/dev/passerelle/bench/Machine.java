package dev.passerelle.bench;

import dev.passerelle.bench.jvm.JvmTuning;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.stream.Collectors;

/**
 * The machine a benchmark ran on.
 *
 * @param cores         processors available to the JVM
 * @param memoryBytes   the machine's physical memory as the operating system reports it (in a container,
 *                      the container's limit); negative when unknown
 * @param maxHeapBytes  the JVM's maximum heap
 * @param javaVersion   the Java runtime version
 * @param collector     the garbage collector's parts, as the JVM names them (e.g. "G1 Young Generation, G1 Old Generation")
 * @param tuning        the collector and compiler options the JVM was started with ({@link JvmTuning}), blank-separated
 * @param loadAverage   system load average over the last minute at the start (negative when unknown)
 */
record Machine(int cores, long memoryBytes, long maxHeapBytes, String javaVersion, String collector, String tuning, double loadAverage) {

    static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(), physicalMemory(), Runtime.getRuntime().maxMemory(),
                System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")",
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                        .collect(Collectors.joining(", ")),
                String.join(" ", JvmTuning.options()),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static long physicalMemory() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean system
                ? system.getTotalMemorySize() : -1;
    }
}
