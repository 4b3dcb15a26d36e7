package dev.passerelle.interop;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds commands that run the product's launcher ({@code dev.passerelle.launcher.Main}) in a child
 * JVM, on the launcher's own runtime class path. That class path never joins the test JVM's: it holds
 * CXF, a second JAX-WS implementation next to the Metro client under test. Immutable.
 */
final class LauncherCommand {

    static final String CLASSES = "passerelle.interop.launcherClasses";
    static final String CLASSPATH_FILE = "passerelle.interop.launcherClasspathFile";

    private final String classpath;

    private LauncherCommand(String classpath) {
        this.classpath = classpath;
    }

    /** The launcher as the build left it: its classes and the class path file its build writes. */
    static LauncherCommand fromBuild() {
        Path classes = Path.of(required(CLASSES));
        Path classpathFile = Path.of(required(CLASSPATH_FILE));
        if (!Files.isDirectory(classes) || !Files.isRegularFile(classpathFile)) {
            throw new IllegalStateException("the launcher is not built (" + classes + ", " + classpathFile
                    + "): run the tests through the reactor, mvn test -pl src/interop -am");
        }
        try {
            return new LauncherCommand(classes + File.pathSeparator + Files.readString(classpathFile).trim());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** {@code java -cp <launcher> dev.passerelle.launcher.Main <arguments>}, with the JVM running the tests. */
    ProcessBuilder command(String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // As ./passerelle runs it: CXF's logging through SLF4J.
                "-Dorg.apache.cxf.Logger=org.apache.cxf.common.logging.Slf4jLogger",
                "-cp", classpath,
                "dev.passerelle.launcher.Main"));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command);
    }

    private static String required(String property) {
        String value = System.getProperty(property, "");
        if (value.isEmpty()) {
            throw new IllegalStateException("system property " + property + " is not set: run the tests with Maven");
        }
        return value;
    }
}
