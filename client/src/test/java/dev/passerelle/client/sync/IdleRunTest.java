package dev.passerelle.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.ForwardingTransport;
import dev.passerelle.client.TestEngines;
import dev.passerelle.client.config.EngineSettings;
import dev.passerelle.client.config.IntegrationSettings;
import dev.passerelle.client.connection.TransportFactory;
import dev.passerelle.client.run.Direction;
import dev.passerelle.client.run.RunMode;
import dev.passerelle.client.run.RunReport;
import dev.passerelle.client.run.RunStatus;
import dev.passerelle.client.transport.ErpTransport;
import dev.passerelle.common.db.H2Urls;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.GetChangesResponse;
import dev.passerelle.server.ErpServer;
import dev.passerelle.server.ServerSettings;
import dev.passerelle.server.security.Role;
import dev.passerelle.server.security.Users;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A run that finds the ERP's change horizon where the last run of the process left it, every entity
 * read to its end, asks no entity for its changes; anything that moves the horizon or a saved token
 * makes the next run read again.
 */
class IdleRunTest {

    private ErpServer erp;
    private CrmEngine engine;
    private final Map<EntityType, AtomicInteger> changeCalls = new ConcurrentHashMap<>();

    @BeforeEach
    void start() {
        erp = ErpServer.start(ServerSettings.builder().port(0).jdbcUrl(H2Urls.memory("erp-" + UUID.randomUUID()))
                .users(Users.builder().add("sync", "sync-secret", Role.SYNC).build()).demoAccounts(20).demoSeed(11)
                .clock(Clock.systemUTC()).build());
        TransportFactory soap = TransportFactory.soap();
        TransportFactory counting = integration -> new ForwardingTransport(soap.open(integration)) {
            @Override
            public GetChangesResponse changes(EntityType entity, String token, int pageSize) {
                changeCalls.computeIfAbsent(entity, key -> new AtomicInteger()).incrementAndGet();
                return super.changes(entity, token, pageSize);
            }
        };
        engine = CrmEngine.open(EngineSettings.of(TestEngines.freshStore(),
                IntegrationSettings.defaults("main", erp.endpointUrl().toString(), "sync", "sync-secret")),
                Clock.systemUTC(), counting);
        assertThat(run().status()).isEqualTo(RunStatus.SUCCESS);
    }

    @AfterEach
    void stop() {
        engine.close();
        erp.close();
    }

    private RunReport run() {
        changeCalls.clear();
        return engine.run("main", RunMode.DELTA);
    }

    private int changeCalls() {
        return changeCalls.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    private void erpSql(String sql) {
        erp.database().jdbi().useHandle(handle -> handle.execute(sql));
    }

    private String crmWebsite(String code) {
        return engine.store().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT website FROM account WHERE account_code = :code")
                .bind("code", code).mapTo(String.class).one());
    }

    private String firstCode() {
        return erp.database().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT TOP 1 code FROM account WHERE dormant = 0 ORDER BY id").mapTo(String.class).one());
    }

    @Test
    void aRunAfterOneThatReadEverythingAsksForNoChangesUntilTheErpChanges() {
        RunReport idle = run();
        assertThat(idle.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(changeCalls()).isZero();
        assertThat(idle.total(Direction.ERP_TO_CRM) + idle.total(Direction.CRM_TO_ERP)).isZero();

        String code = firstCode();
        erpSql("UPDATE account SET website = 'https://idle.example' WHERE code = '" + code + "'");
        RunReport moved = run();
        assertThat(changeCalls.keySet()).containsExactlyInAnyOrder(EntityType.values());
        assertThat(moved.total(Direction.ERP_TO_CRM)).isEqualTo(1);
        assertThat(crmWebsite(code)).isEqualTo("https://idle.example");
        run();
        assertThat(changeCalls()).isZero();
    }

    @Test
    void aSavedTokenChangedBehindTheProcessMakesTheNextRunReadAgain() {
        run();
        assertThat(changeCalls()).isZero();

        engine.store().jdbi().useHandle(handle -> handle.execute(
                "DELETE FROM sync_cursor WHERE integration = 'main' AND entity = 'ACCOUNT'"));
        run();
        assertThat(changeCalls.get(EntityType.ACCOUNT)).isNotNull();
        assertThat(changeCalls.get(EntityType.ACCOUNT).get()).isPositive();
        run();
        assertThat(changeCalls()).isZero();
    }

    private Optional<RunReport> turn() {
        changeCalls.clear();
        return engine.turn(null, "main", RunMode.DELTA);
    }

    private int runsRecorded() {
        return engine.history().runs("main", 100).size();
    }

    private long aCompany() {
        return engine.store().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT MIN(company_id) FROM account WHERE integration = N'main'").mapTo(Long.class).one());
    }

    @Test
    void aScheduledTurnWithNothingToExchangeRecordsNoRunOnlyWhenItChecked() {
        assertThat(engine.status("main").checkedAt()).isEmpty();

        assertThat(turn()).isEmpty();
        assertThat(turn()).isEmpty();

        assertThat(runsRecorded()).isEqualTo(1);
        assertThat(changeCalls()).isZero();
        assertThat(engine.status("main").checkedAt()).isNotEmpty();
    }

    @Test
    void aScheduledTurnRunsWhenEitherSideHasSomethingForTheOther() {
        assertThat(turn()).isEmpty();

        engine.edits().renameCompany(aCompany(), "Renamed Between Turns");
        RunReport out = turn().orElseThrow();
        assertThat(out.total(Direction.CRM_TO_ERP)).isEqualTo(1);

        // the rename moved the ERP's change horizon: the next turn reads its own change back, once
        assertThat(turn()).isPresent();
        assertThat(turn()).isEmpty();
        String code = firstCode();
        erpSql("UPDATE account SET website = 'https://turn.example' WHERE code = '" + code + "'");
        RunReport in = turn().orElseThrow();
        assertThat(in.total(Direction.ERP_TO_CRM)).isEqualTo(1);
        assertThat(crmWebsite(code)).isEqualTo("https://turn.example");
        assertThat(turn()).isEmpty();
    }

    @Test
    void aScheduledTurnRunsWhenTheStoreHoldsWorkForARun() {
        assertThat(turn()).isEmpty();

        engine.edits().setNotThisTime(aCompany(), true);
        assertThat(turn()).isPresent();
        assertThat(turn()).isEmpty();

        engine.store().jdbi().useHandle(handle -> handle.execute("INSERT INTO sync_run (integration, run_mode, status, started_at)"
                + " VALUES (N'main', N'DELTA', N'RUNNING', CURRENT_TIMESTAMP)"));
        assertThat(turn()).isPresent();
        assertThat(engine.history().runs("main", 2).get(1).status()).isEqualTo("FAILURE");
        assertThat(turn()).isEmpty();

        erp.setMaintenance(true);
        assertThat(turn()).isPresent();
        erp.setMaintenance(false);
        assertThat(turn()).isPresent();
        assertThat(turn()).isEmpty();
    }

    @Test
    void aChangeParkedForANeverSyncCompanyWaitsQuietlyUntilTheFlagIsCleared() {
        String code = firstCode();
        long company = engine.store().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT company_id FROM account WHERE account_code = :code").bind("code", code).mapTo(Long.class).one());
        engine.edits().setNeverSync(company, true);
        erpSql("UPDATE account SET website = 'https://parked.example' WHERE code = '" + code + "'");
        assertThat(turn().orElseThrow().count("ACCOUNT", Direction.ERP_TO_CRM, "parked")).isEqualTo(1);
        assertThat(turn()).as("the parked change waits for the flag, not for a run").isEmpty();

        engine.edits().setNeverSync(company, false);
        assertThat(turn()).isPresent();
        assertThat(crmWebsite(code)).isEqualTo("https://parked.example");
        assertThat(turn()).isEmpty();
    }
}
