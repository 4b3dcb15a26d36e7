package dev.passerelle.bench.jvm;

import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The options this JVM was started with that choose its garbage collector, bound its compiler's
 * inlining or turn its performance counters off or on ({@code ./passerelle} sets all three unless
 * told otherwise): the child JVMs of the benchmark and
 * of the kill suite get the same, and the benchmark's report names them, so that figures are read with
 * the JVM that made them. The runs of a repeated benchmark get this JVM's heap options too; the memory
 * runs set their own. Stateless.
 */
public final class JvmTuning {

    private JvmTuning() {
    }

    public static List<String> options() {
        return of(ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    public static List<String> of(List<String> arguments) {
        return arguments.stream().filter(JvmTuning::isTuning).toList();
    }

    /** The heap options this JVM was started with: its maximum and initial heap. */
    public static List<String> heap() {
        return heapOf(ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    public static List<String> heapOf(List<String> arguments) {
        return arguments.stream().filter(argument -> argument.startsWith("-Xmx") || argument.startsWith("-Xms")
                || argument.startsWith("-XX:MaxRAMPercentage=") || argument.startsWith("-XX:InitialRAMPercentage=")
                || argument.startsWith("-XX:MaxRAM=")).toList();
    }

    private static boolean isTuning(String argument) {
        return argument.startsWith("-XX:+Use") && argument.endsWith("GC")
                || argument.startsWith("-XX:FreqInlineSize=") || argument.startsWith("-XX:InlineSmallCode=")
                || argument.equals("-XX:-UsePerfData") || argument.equals("-XX:+UsePerfData");
    }
}
