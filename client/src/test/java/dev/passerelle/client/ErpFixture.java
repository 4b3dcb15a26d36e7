package dev.passerelle.client;

import dev.passerelle.client.config.EngineSettings;
import dev.passerelle.client.config.IntegrationSettings;
import dev.passerelle.client.connection.TransportFactory;
import dev.passerelle.client.run.RunMode;
import dev.passerelle.client.run.RunReport;
import dev.passerelle.common.db.H2Urls;
import dev.passerelle.server.ErpServer;
import dev.passerelle.server.ServerSettings;
import dev.passerelle.server.security.Role;
import dev.passerelle.server.security.Users;
import java.time.Clock;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** A real ERP endpoint on a free port over an in-memory ERP database, and a CRM engine talking to it. */
public final class ErpFixture implements AutoCloseable {

    public static final String USER = "crm-sync";
    public static final String PASSWORD = "crm-sync-secret";

    public final ErpServer erp;
    public final CrmEngine engine;

    private ErpFixture(ErpServer erp, CrmEngine engine) {
        this.erp = erp;
        this.engine = engine;
    }

    public static ErpFixture start(int demoAccounts) {
        return start(demoAccounts, options -> options);
    }

    public static ErpFixture start(int demoAccounts, java.util.function.UnaryOperator<IntegrationSettings> options) {
        return start(demoAccounts, options, Clock.systemUTC());
    }

    /** With the engine's (and its store's) time from {@code engineClock}; the ERP keeps the system's. */
    public static ErpFixture start(int demoAccounts, java.util.function.UnaryOperator<IntegrationSettings> options,
                                   Clock engineClock) {
        ServerSettings settings = ServerSettings.builder().port(0).jdbcUrl(H2Urls.memory("erp-" + UUID.randomUUID()))
                .users(Users.builder().add(USER, PASSWORD, Role.SYNC).build()).demoAccounts(demoAccounts).demoSeed(42)
                .clock(Clock.systemUTC()).build();
        ErpServer erp = ErpServer.start(settings);
        IntegrationSettings integration = options.apply(IntegrationSettings.defaults("main", erp.endpointUrl().toString(),
                USER, PASSWORD).withTimeout(java.time.Duration.ofSeconds(30), 2));
        CrmEngine engine = CrmEngine.open(EngineSettings.of(TestEngines.freshStore(), integration), engineClock,
                TransportFactory.soap());
        return new ErpFixture(erp, engine);
    }

    /** The ERP database, for editing ERP data with plain SQL as an ERP user would. */
    public Jdbi erpSql() {
        return erp.database().jdbi();
    }

    /** The CRM store. */
    public Jdbi crmSql() {
        return engine.store().jdbi();
    }

    public long crmCount(String sql) {
        return crmSql().withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }

    public long erpCount(String sql) {
        return erpSql().withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }

    /**
     * Adds CRM user {@code login} and links it to the first representative the CRM store holds (after a
     * first sync), as an administrator does; answers that representative's row id in the ERP.
     */
    public long followFirstRepresentative(String login) {
        String key = crmSql().withHandle(handle -> handle.createQuery(
                "SELECT TOP 1 erp_key FROM representative ORDER BY erp_key").mapTo(String.class).one());
        engine.users().add(login, login);
        engine.users().linkRepresentative(login, "main", key);
        return Long.parseLong(key.replaceAll("\\D", ""));
    }

    public RunReport sync() {
        return engine.run("main", RunMode.DELTA);
    }

    @Override
    public void close() {
        engine.close();
        erp.close();
    }
}
