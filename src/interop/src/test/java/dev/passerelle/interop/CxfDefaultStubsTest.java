package dev.passerelle.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What CXF's wsdl2java generates from the published WSDL with default options (the build runs it into
 * target/generated-sources/cxf-defaults) compiles against the JAX-WS and JAXB APIs alone, and maps each
 * paged query's request {@code page} and answer {@code pageInfo} to two parameters of one method.
 */
class CxfDefaultStubsTest {

    static final String SOURCES = "passerelle.interop.cxfDefaultSources";

    @TempDir
    static Path classes;

    private static List<Diagnostic<? extends JavaFileObject>> errors;

    @BeforeAll
    static void compileTheGeneratedSources() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of(System.getProperty(SOURCES, "target/generated-sources/cxf-defaults")))) {
            sources = files.filter(file -> file.toString().endsWith(".java")).toList();
        }
        assertThat(sources).as("sources wsdl2java generated").isNotEmpty();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of("-d", classes.toString(), "-classpath", apiClasspath(), "-proc:none",
                    "-encoding", "UTF-8", "--release", "17");
            javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources)).call();
        }
        errors = diagnostics.getDiagnostics().stream().filter(found -> found.getKind() == Diagnostic.Kind.ERROR).toList();
    }

    @Test
    void generatedSourcesCompileWithoutError() {
        assertThat(errors).as(errors.stream().map(Object::toString).collect(Collectors.joining("\n"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"getInvoices", "getLedgerEntries", "getDocuments", "getDocumentLines"})
    void pagedQueryTakesPageAndAnswersPageInfo(String operation) throws Exception {
        try (URLClassLoader stubs = isolated()) {
            Method method = onlyMethod(stubs.loadClass(portType()), operation);
            @SuppressWarnings("unchecked")
            Class<? extends Annotation> webParam = (Class<? extends Annotation>) stubs.loadClass("jakarta.jws.WebParam");
            List<String> parameters = new ArrayList<>();
            for (Parameter parameter : method.getParameters()) {
                Annotation annotation = parameter.getAnnotation(webParam);
                parameters.add(webParam.getMethod("name").invoke(annotation) + " " + webParam.getMethod("mode").invoke(annotation));
            }

            assertThat(parameters).contains("page IN", "pageInfo OUT");
        }
    }

    /** The port type's class name, in the package wsdl2java derived from the contract's namespace. */
    private static String portType() throws IOException {
        try (Stream<Path> files = Files.walk(classes)) {
            Path portType = files.filter(file -> file.getFileName().toString().equals("PasserellePortType.class")).findFirst()
                    .orElseThrow(() -> new AssertionError("no PasserellePortType was generated"));
            String relative = classes.relativize(portType).toString();
            return relative.substring(0, relative.length() - ".class".length()).replace(File.separatorChar, '.');
        }
    }

    private static Method onlyMethod(Class<?> type, String name) {
        List<Method> methods = Arrays.stream(type.getMethods()).filter(method -> method.getName().equals(name)).toList();
        assertThat(methods).as("methods named %s", name).hasSize(1);
        return methods.get(0);
    }

    /**
     * The compiled stubs with the APIs only, apart from this JVM's class path: Metro's client, generated
     * into the same package, must not answer for them.
     */
    private static URLClassLoader isolated() throws IOException {
        List<URL> urls = new ArrayList<>();
        urls.add(classes.toUri().toURL());
        for (String entry : apiClasspath().split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    /** The jars of the JAX-WS (with Jakarta Web Services Metadata) and JAXB APIs, nothing of an implementation. */
    private static String apiClasspath() {
        return Stream.of(jakarta.xml.ws.Service.class, jakarta.jws.WebService.class, jakarta.xml.bind.JAXBElement.class,
                        jakarta.activation.DataHandler.class)
                .map(api -> {
                    try {
                        return Path.of(api.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
                    } catch (java.net.URISyntaxException impossible) {
                        throw new IllegalStateException(impossible);
                    }
                })
                .distinct()
                .collect(Collectors.joining(File.pathSeparator));
    }
}
