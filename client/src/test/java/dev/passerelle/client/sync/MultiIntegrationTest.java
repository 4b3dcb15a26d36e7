package dev.passerelle.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.TestEngines;
import dev.passerelle.client.config.EngineSettings;
import dev.passerelle.client.config.IntegrationSettings;
import dev.passerelle.client.connection.TransportFactory;
import dev.passerelle.client.run.Direction;
import dev.passerelle.client.run.RunMode;
import dev.passerelle.client.run.RunReport;
import dev.passerelle.client.run.RunStatus;
import dev.passerelle.common.db.H2Urls;
import dev.passerelle.server.ErpServer;
import dev.passerelle.server.ServerSettings;
import dev.passerelle.server.security.Role;
import dev.passerelle.server.security.Users;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Several ERP companies feed one CRM store, each with its own keys, cursors, runs and lock. */
class MultiIntegrationTest {

    private static ErpServer erp(int accounts, long seed) {
        return ErpServer.start(ServerSettings.builder().port(0).jdbcUrl(H2Urls.memory("erp-" + UUID.randomUUID()))
                .users(Users.builder().add("sync", "sync-secret", Role.SYNC).build()).demoAccounts(accounts).demoSeed(seed)
                .clock(Clock.systemUTC()).build());
    }

    @Test
    void twoErpCompaniesFeedOneCrmIndependently() {
        try (ErpServer north = erp(12, 1); ErpServer south = erp(8, 2)) {
            EngineSettings settings = EngineSettings.of(TestEngines.freshStore(),
                    IntegrationSettings.defaults("north", north.endpointUrl().toString(), "sync", "sync-secret"),
                    IntegrationSettings.defaults("south", south.endpointUrl().toString(), "sync", "sync-secret"));
            try (CrmEngine engine = CrmEngine.open(settings, Clock.systemUTC(), TransportFactory.soap())) {
                RunReport first = engine.run("north", RunMode.DELTA);
                RunReport second = engine.run("south", RunMode.DELTA);
                RunReport idleNorth = engine.run("north", RunMode.DELTA);

                assertThat(first.status()).isEqualTo(RunStatus.SUCCESS);
                assertThat(second.status()).isEqualTo(RunStatus.SUCCESS);
                assertThat(first.count("ACCOUNT", Direction.ERP_TO_CRM, "inserted")).isEqualTo(12);
                assertThat(second.count("ACCOUNT", Direction.ERP_TO_CRM, "inserted")).isEqualTo(8);
                assertThat(idleNorth.count("ACCOUNT", Direction.ERP_TO_CRM, "inserted")).isZero();
                long northAccounts = engine.store().jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT COUNT(*) FROM account WHERE integration = N'north'").mapTo(Long.class).one());
                long cursors = engine.store().jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT COUNT(DISTINCT integration) FROM sync_cursor").mapTo(Long.class).one());
                assertThat(northAccounts).isEqualTo(12);
                assertThat(cursors).isEqualTo(2);
                assertThat(engine.history().runs("north", 10)).hasSize(2);
                assertThat(engine.status("south").lastStatus()).isEqualTo("SUCCESS");
            }
        }
    }
}
