package dev.passerelle.launcher.bench;

/**
 * The machine a benchmark ran on.
 *
 * @param cores         processors available to the JVM
 * @param maxHeapBytes  the JVM's maximum heap
 * @param javaVersion   the Java runtime version
 * @param loadAverage   system load average over the last minute at the start (negative when unknown)
 */
record Machine(int cores, long maxHeapBytes, String javaVersion, double loadAverage) {

    static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory(),
                System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
