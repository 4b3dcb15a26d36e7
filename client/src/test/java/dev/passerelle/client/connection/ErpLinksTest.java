package dev.passerelle.client.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passerelle.client.CountingTransports;
import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.TestEngines;
import dev.passerelle.client.config.EngineSettings;
import dev.passerelle.client.config.IntegrationSettings;
import dev.passerelle.client.edit.NewCompany;
import dev.passerelle.client.run.Action;
import dev.passerelle.client.run.Direction;
import dev.passerelle.client.run.EngineException;
import dev.passerelle.client.run.ErpLinkState;
import dev.passerelle.client.run.ProgressListener;
import dev.passerelle.client.run.RunMode;
import dev.passerelle.client.run.RunReport;
import dev.passerelle.client.run.RunStatus;
import dev.passerelle.client.store.RunLock;
import dev.passerelle.client.transport.ErpTransport;
import dev.passerelle.common.db.H2Urls;
import dev.passerelle.server.ErpServer;
import dev.passerelle.server.ServerSettings;
import dev.passerelle.server.security.Role;
import dev.passerelle.server.security.Users;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Disconnect / reconnect against a real ERP endpoint: no call while disconnected, nothing lost after. */
class ErpLinksTest {

    private ErpServer erp;
    private CountingTransports transports;
    private CrmEngine engine;

    @BeforeEach
    void start() {
        erp = ErpServer.start(ServerSettings.builder().port(0).jdbcUrl(H2Urls.memory("erp-" + UUID.randomUUID()))
                .users(Users.builder().add("sync", "sync-secret", Role.SYNC).build()).demoAccounts(10).demoSeed(7)
                .clock(Clock.systemUTC()).build());
        transports = new CountingTransports();
        engine = CrmEngine.open(EngineSettings.of(TestEngines.freshStore(),
                IntegrationSettings.defaults("main", erp.endpointUrl().toString(), "sync", "sync-secret")),
                Clock.systemUTC(), transports);
        assertThat(engine.run("main", RunMode.DELTA).status()).isEqualTo(RunStatus.SUCCESS);
        engine.users().add("bob", "Bob");
    }

    @AfterEach
    void stop() {
        engine.close();
        erp.close();
    }

    private String firstCode() {
        return erp.database().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT TOP 1 code FROM account WHERE dormant = 0 ORDER BY id").mapTo(String.class).one());
    }

    private long companyOf(String code) {
        return crmCount("SELECT company_id FROM account WHERE account_code = N'" + code + "'");
    }

    private long crmCount(String sql) {
        return engine.store().jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }

    @Test
    void disconnectedIntegrationMakesNoErpCallAndRefusesEveryErpAction() {
        ErpTransport openedBefore = engine.transport("main");
        long prospect = engine.edits().createCompany(NewCompany.of("Prospect Disconnected", null));
        long runs = crmCount("SELECT COUNT(*) FROM sync_run");

        engine.erpLinks().disconnect("bob", "main", "price update");
        int callsAtDisconnect = transports.calls();

        for (RunMode mode : RunMode.values()) {
            assertThatThrownBy(() -> engine.run("bob", "main", mode, ProgressListener.NONE))
                    .isInstanceOf(EngineException.Disconnected.class).hasMessageContaining("disconnected by bob");
        }
        assertThatThrownBy(() -> engine.refreshRevenue("bob", "main")).isInstanceOf(EngineException.Disconnected.class);
        assertThatThrownBy(() -> engine.edits().createAccount("bob", prospect, "main", null))
                .isInstanceOf(EngineException.Disconnected.class);
        assertThatThrownBy(() -> engine.transport("main")).isInstanceOf(EngineException.Disconnected.class);
        assertThatThrownBy(openedBefore::serviceInfo).isInstanceOf(EngineException.Disconnected.class);
        assertThatThrownBy(openedBefore::port).isInstanceOf(EngineException.Disconnected.class);

        assertThat(transports.calls()).isEqualTo(callsAtDisconnect);
        assertThat(crmCount("SELECT COUNT(*) FROM sync_run")).isEqualTo(runs);
        assertThat(crmCount("SELECT COUNT(*) FROM account WHERE company_id = " + prospect)).isZero();
        ErpLinkState state = engine.status("main").erpLink();
        assertThat(state.connected()).isFalse();
        assertThat(state.changedBy()).isEqualTo("bob");
        assertThat(state.changedAt()).isNotNull();
        assertThat(state.describe()).startsWith("disconnected by bob at ").endsWith("(price update)");
    }

    @Test
    void crmEditsMadeWhileDisconnectedGoOutOnTheFirstRunAfterReconnect() {
        String code = firstCode();
        engine.erpLinks().disconnect(null, "main", null);

        engine.edits().renameCompany(companyOf(code), "Renamed While Disconnected");
        engine.edits().editCompany(companyOf(code), "phone.MOBILE", "+33 6 00 00 00 02");
        assertThat(crmCount("SELECT COUNT(*) FROM outbox WHERE state = N'PENDING'")).isEqualTo(1);
        assertThat(engine.status("main").pendingOut()).isEqualTo(1);

        ErpLinkState reconnected = engine.erpLinks().reconnect("bob", "main");
        RunReport first = engine.run("main", RunMode.DELTA);

        assertThat(reconnected.describe()).startsWith("reconnected by bob");
        assertThat(first.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(first.count("ACCOUNT", Direction.CRM_TO_ERP, "updated")).isEqualTo(1);
        assertThat(crmCount("SELECT COUNT(*) FROM outbox WHERE state = N'PENDING'")).isZero();
        String erpName = erp.database().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT name FROM account WHERE code = :code").bind("code", code).mapTo(String.class).one());
        assertThat(erpName).isEqualTo("Renamed While Disconnected");
    }

    @Test
    void deniedUserCanNeitherDisconnectNorReconnect() {
        engine.users().deny("bob", Action.DISCONNECT);

        assertThatThrownBy(() -> engine.erpLinks().disconnect("bob", "main", null))
                .isInstanceOf(EngineException.PermissionDenied.class);
        assertThat(engine.erpLinks().state("main").connected()).isTrue();

        engine.erpLinks().disconnect(null, "main", null);
        assertThatThrownBy(() -> engine.erpLinks().reconnect("bob", "main"))
                .isInstanceOf(EngineException.PermissionDenied.class);
        assertThat(engine.erpLinks().state("main").connected()).isFalse();
    }

    @Test
    void disconnectNeverCutsARunInProgress() {
        try (RunLock.Held running = new RunLock(engine.store(), Duration.ofMinutes(1)).acquire("main", "another-process")) {
            assertThatThrownBy(() -> engine.erpLinks().disconnect("bob", "main", null))
                    .isInstanceOf(EngineException.Busy.class).hasMessageContaining("another-process");
        }
        assertThat(engine.erpLinks().state("main").connected()).isTrue();
    }

    @Test
    void disconnectingTwiceIsRefusedAndKeepsWhoDidItFirst() {
        engine.erpLinks().disconnect("bob", "main", "archiving");

        assertThatThrownBy(() -> engine.erpLinks().disconnect(null, "main", "again"))
                .isInstanceOf(EngineException.BadRequest.class).hasMessageContaining("already disconnected by bob");
        assertThat(engine.erpLinks().state("main").reason()).isEqualTo("archiving");
        engine.erpLinks().reconnect(null, "main");
        assertThatThrownBy(() -> engine.erpLinks().reconnect(null, "main")).isInstanceOf(EngineException.BadRequest.class);
        assertThat(engine.erpLinks().state("main").describe()).startsWith("reconnected by operator");
    }
}
