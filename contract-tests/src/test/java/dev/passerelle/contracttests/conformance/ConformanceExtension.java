package dev.passerelle.contracttests.conformance;

import dev.passerelle.common.db.H2Urls;
import dev.passerelle.server.ErpServer;
import dev.passerelle.server.ServerSettings;
import dev.passerelle.server.security.Role;
import dev.passerelle.server.security.Users;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives conformance tests their {@link ConformanceTarget}: the endpoint named by
 * {@code -Dpasserelle.conformance.url} (with {@code .user} and {@code .password}, optionally
 * {@code .rtdvUser} and {@code .rtdvPassword} for a read-only user), or else the
 * project's own ERP endpoint, started once per test run on a free port over an in-memory database
 * holding a small demo ERP, and stopped when the run ends.
 */
final class ConformanceExtension implements ParameterResolver {

    static final String URL = "passerelle.conformance.url";
    static final String USER = "passerelle.conformance.user";
    static final String PASSWORD = "passerelle.conformance.password";
    static final String RTDV_USER = "passerelle.conformance.rtdvUser";
    static final String RTDV_PASSWORD = "passerelle.conformance.rtdvPassword";

    private static final String OWN_USER = "conformance";
    private static final String OWN_PASSWORD = "conformance-" + UUID.randomUUID();
    private static final String OWN_RTDV_USER = "conformance-viewer";
    private static final String OWN_RTDV_PASSWORD = "viewer-" + UUID.randomUUID();
    /** Enough demo accounts for several snapshot pages and real documents to query, few enough to start fast. */
    private static final int OWN_DEMO_ACCOUNTS = 40;

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ConformanceTarget.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.create(ConformanceExtension.class));
        return store.getOrComputeIfAbsent("target", key -> start(), Started.class).target();
    }

    private static Started start() {
        String url = System.getProperty(URL, "").trim();
        if (!url.isEmpty()) {
            String user = required(USER);
            String rtdvUser = System.getProperty(RTDV_USER, "");
            return new Started(new ConformanceTarget(URI.create(url), user, required(PASSWORD),
                    rtdvUser.isEmpty() ? Optional.empty() : Optional.of(rtdvUser), System.getProperty(RTDV_PASSWORD, ""),
                    Optional.empty()), null);
        }
        ErpServer server = ErpServer.start(ServerSettings.builder()
                .host("127.0.0.1")
                .port(0)
                .jdbcUrl(H2Urls.memory("conformance-" + UUID.randomUUID()))
                .users(Users.builder()
                        .add(OWN_USER, OWN_PASSWORD, Role.SYNC)
                        .add(OWN_RTDV_USER, OWN_RTDV_PASSWORD, Role.RTDV)
                        .build())
                .demoAccounts(OWN_DEMO_ACCOUNTS)
                .clock(Clock.systemUTC())
                .build());
        return new Started(new ConformanceTarget(server.endpointUrl(), OWN_USER, OWN_PASSWORD,
                Optional.of(OWN_RTDV_USER), OWN_RTDV_PASSWORD, Optional.of(server::setMaintenance)), server);
    }

    private static String required(String key) {
        String value = System.getProperty(key, "");
        if (value.isEmpty()) {
            throw new IllegalStateException("-D" + URL + " is given, so -D" + key + " is required too");
        }
        return value;
    }

    /** The target, and the server to stop at the end of the run when the kit started one. */
    private record Started(ConformanceTarget target, ErpServer server) implements AutoCloseable {
        @Override
        public void close() {
            if (server != null) {
                server.close();
            }
        }
    }
}
