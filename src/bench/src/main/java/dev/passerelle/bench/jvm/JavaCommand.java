package dev.passerelle.bench.jvm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a child JVM running this JVM's java on this JVM's class path: the benchmark's
 * measured runs and the kill suite's endpoints and engines. Stateless.
 */
public final class JavaCommand {

    private JavaCommand() {
    }

    /** The command that starts {@code mainClass} with these JVM options and arguments. */
    public static List<String> of(List<String> jvmOptions, Class<?> mainClass, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(arguments);
        return command;
    }
}
