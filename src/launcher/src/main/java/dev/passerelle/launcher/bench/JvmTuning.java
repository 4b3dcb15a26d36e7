package dev.passerelle.launcher.bench;

import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The options this JVM was started with that choose its garbage collector or bound its compiler's
 * inlining ({@code ./passerelle} sets both unless told otherwise): the memory runs' child JVMs get the
 * same, and the report names them, so that figures are read with the JVM that made them.
 */
final class JvmTuning {

    private JvmTuning() {
    }

    static List<String> options() {
        return of(ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    static List<String> of(List<String> arguments) {
        return arguments.stream().filter(JvmTuning::isTuning).toList();
    }

    private static boolean isTuning(String argument) {
        return argument.startsWith("-XX:+Use") && argument.endsWith("GC")
                || argument.startsWith("-XX:FreqInlineSize=") || argument.startsWith("-XX:InlineSmallCode=");
    }
}
