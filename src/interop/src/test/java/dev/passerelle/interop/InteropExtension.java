package dev.passerelle.interop;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives interop tests their {@link InteropTarget}: one real endpoint per test run, started in a child
 * JVM on the first request over a fresh H2 file database with demo accounts, stopped when the run ends.
 */
final class InteropExtension implements ParameterResolver {

    static final String WORK_DIR = "passerelle.interop.workDir";
    /** Enough for a snapshot of several pages and customers with invoices, few enough to start fast. */
    static final int DEMO_ACCOUNTS = 20;

    private static final String USER = "metro-interop";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == InteropTarget.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.create(InteropExtension.class));
        return store.getOrComputeIfAbsent("target", key -> start(), Started.class).target();
    }

    private static Started start() {
        String password = "interop-" + UUID.randomUUID();
        Path folder = Path.of(System.getProperty(WORK_DIR, "target/interop")).resolve("run-" + UUID.randomUUID());
        ErpServerProcess server = ErpServerProcess.start(LauncherCommand.fromBuild(), folder, USER, password, DEMO_ACCOUNTS);
        try {
            return new Started(new InteropTarget(server.endpoint(), USER, password, new MetroPorts(server.endpoint())), server);
        } catch (RuntimeException unusable) {
            server.close();
            throw unusable;
        }
    }

    /** The target, and the child JVM to stop at the end of the run. */
    private record Started(InteropTarget target, ErpServerProcess server) implements AutoCloseable {
        @Override
        public void close() {
            server.close();
        }
    }
}
