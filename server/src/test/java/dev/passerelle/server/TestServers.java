package dev.passerelle.server;

import dev.passerelle.common.db.H2Urls;
import dev.passerelle.contract.v1.PasserellePortType;
import dev.passerelle.contract.v1.PasserelleService;
import dev.passerelle.server.security.Role;
import dev.passerelle.server.security.Users;
import jakarta.xml.ws.BindingProvider;
import java.time.Clock;
import java.util.UUID;

/** Real servers on a free port over an in-memory H2 database, and generated clients for them. */
public final class TestServers {

    public static final String SYNC_USER = "crm";
    public static final String SYNC_PASSWORD = "crm-secret";
    public static final String RTDV_USER = "viewer";
    public static final String RTDV_PASSWORD = "viewer-secret";

    public static final Users USERS = Users.builder()
            .add(SYNC_USER, SYNC_PASSWORD, Role.SYNC)
            .add(RTDV_USER, RTDV_PASSWORD, Role.RTDV)
            .build();

    private TestServers() {
    }

    public static ServerSettings.Builder settings() {
        return ServerSettings.builder()
                .port(0)
                .jdbcUrl(H2Urls.memory("erp-" + UUID.randomUUID()))
                .users(USERS)
                .clock(Clock.systemUTC());
    }

    public static ErpServer start() {
        return ErpServer.start(settings().build());
    }

    public static PasserellePortType client(ErpServer server, String user, String password) {
        PasserellePortType port = new PasserelleService().getPasserellePort();
        BindingProvider binding = (BindingProvider) port;
        binding.getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, server.endpointUrl().toString());
        if (user != null) {
            binding.getRequestContext().put("security.username", user);
            binding.getRequestContext().put("security.password", password);
        }
        return port;
    }

    public static PasserellePortType syncClient(ErpServer server) {
        return client(server, SYNC_USER, SYNC_PASSWORD);
    }
}
