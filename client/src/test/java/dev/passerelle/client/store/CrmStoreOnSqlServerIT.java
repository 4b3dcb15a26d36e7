package dev.passerelle.client.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.config.EngineSettings;
import dev.passerelle.client.config.IntegrationSettings;
import dev.passerelle.client.connection.TransportFactory;
import dev.passerelle.client.edit.NewCompany;
import dev.passerelle.client.run.Direction;
import dev.passerelle.client.run.EngineException;
import dev.passerelle.client.run.RunMode;
import dev.passerelle.client.run.RunReport;
import dev.passerelle.client.run.RunStatus;
import dev.passerelle.common.db.DatabaseSettings;
import dev.passerelle.common.db.H2Urls;
import dev.passerelle.server.ErpServer;
import dev.passerelle.server.ServerSettings;
import dev.passerelle.server.security.Role;
import dev.passerelle.server.security.Users;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The CRM store on SQL Server: every statement of the engine (migrations, first sync, CRM edits,
 * sending, links, diagnostics, run lock) against a real SQL Server. Runs under failsafe only with
 * {@code -Dpasserelle.it.mssql.url=jdbc:sqlserver://...;databaseName=...} naming an EMPTY database
 * (user and password in the URL or in passerelle.it.mssql.user / .password); skipped otherwise.
 */
class CrmStoreOnSqlServerIT {

    private static String url;

    @BeforeAll
    static void requireSqlServer() {
        url = System.getProperty("passerelle.it.mssql.url", "");
        assumeTrue(!url.isBlank(), "SQL Server integration tests skipped: give -Dpasserelle.it.mssql.url=jdbc:sqlserver://...");
    }

    private static DatabaseSettings store() {
        return DatabaseSettings.of(url).withCredentials(System.getProperty("passerelle.it.mssql.user", ""),
                System.getProperty("passerelle.it.mssql.password", ""));
    }

    @Test
    void engineRunsEveryStatementOnSqlServer() {
        ServerSettings erpSettings = ServerSettings.builder().port(0).jdbcUrl(H2Urls.memory("erp-" + UUID.randomUUID()))
                .users(Users.builder().add("sync", "sync-secret", Role.SYNC).build()).demoAccounts(30).demoSeed(3)
                .clock(Clock.systemUTC()).build();
        try (ErpServer erp = ErpServer.start(erpSettings)) {
            IntegrationSettings integration = IntegrationSettings.defaults("it-" + UUID.randomUUID().toString().substring(0, 8),
                    erp.endpointUrl().toString(), "sync", "sync-secret").withPaging(10, 10)
                    .withSwitches(new IntegrationSettings.SyncSwitches(true, true, false, true, true, true))
                    .withConflictPolicy(dev.passerelle.client.conflict.ConflictPolicy.CRM_WINS);
            try (CrmEngine engine = CrmEngine.open(EngineSettings.of(store(), integration), Clock.systemUTC(),
                    TransportFactory.soap())) {
                String name = integration.name();
                RunReport first = engine.run(name, RunMode.DELTA);
                assertThat(first.status()).as(first.errors().toString()).isEqualTo(RunStatus.SUCCESS);
                assertThat(first.count("ACCOUNT", Direction.ERP_TO_CRM, "inserted")).isEqualTo(30);

                long company = engine.edits().createCompany(NewCompany.of("SQL Server SARL", "FR 999"));
                engine.edits().addContact(company, Map.of("lastName", "Serveur"));
                engine.edits().createAccount(null, company, name, null);
                long linked = engine.store().jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT TOP 1 company_id FROM account WHERE integration = :name AND company_id IS NOT NULL"
                                + " AND account_code <> N'<AUTOERP>' ORDER BY id").bind("name", name).mapTo(Long.class).one());
                engine.edits().renameCompany(linked, "Renamed On SQL Server");
                RunReport push = engine.run(name, RunMode.DELTA);
                assertThat(push.status()).as(push.errors() + " " + push.rejected()).isEqualTo(RunStatus.SUCCESS);
                assertThat(push.keysReturned()).isNotEmpty();

                erp.database().jdbi().useHandle(handle -> { // a delete the change feed misses: only a full snapshot sees it
                    handle.createUpdate("DELETE FROM contact WHERE id = (SELECT MAX(id) FROM contact)").execute();
                    handle.createUpdate("DELETE FROM tombstone").execute();
                });
                RunReport resync = engine.run(name, RunMode.RESYNC_ALL);
                assertThat(resync.status()).as(resync.errors().toString()).isIn(RunStatus.SUCCESS, RunStatus.WARNING);
                assertThat(resync.count("CONTACT", Direction.ERP_TO_CRM, "deleted-absent")).isEqualTo(1);
                assertThat(engine.diagnostics().findings()).isNotNull();
                assertThat(engine.links().orphans(name)).isEmpty();
                assertThat(engine.links().orphans(name, null, 0, 20).total()).isZero();
                assertThat(engine.history().runs(name, 5)).hasSize(3);
                assertThat(engine.status(name).pendingOut()).isZero();
                // a scheduled turn with nothing to exchange: the idle checks' statements, then the time it checked
                List<Optional<RunReport>> turns = List.of(engine.turn(null, name, RunMode.DELTA),
                        engine.turn(null, name, RunMode.DELTA));
                assertThat(turns).contains(Optional.empty());
                assertThat(engine.status(name).checkedAt()).isNotEmpty();
            }
        }
    }

    @Test
    void runLockWorksAcrossEnginesOnSqlServer() {
        IntegrationSettings integration = IntegrationSettings.defaults("lock-" + UUID.randomUUID().toString().substring(0, 8),
                "http://localhost:1/erp", "sync", "x");
        try (CrmEngine engine = CrmEngine.open(EngineSettings.of(store(), integration), Clock.systemUTC(), TransportFactory.soap())) {
            var locks = new dev.passerelle.client.store.RunLock(engine.store(), Duration.ofMinutes(1));
            try (var held = locks.acquire(integration.name(), "first")) {
                assertThatThrownBy(() -> locks.acquire(integration.name(), "second")).isInstanceOf(EngineException.Busy.class);
                held.check();
            }
        }
    }
}
