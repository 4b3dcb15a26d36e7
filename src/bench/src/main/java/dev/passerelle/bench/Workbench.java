package dev.passerelle.bench;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.config.EngineSettings;
import dev.passerelle.client.config.IntegrationSettings;
import dev.passerelle.common.db.DatabaseSettings;
import dev.passerelle.common.db.H2Urls;
import dev.passerelle.server.ErpServer;
import dev.passerelle.server.ServerSettings;
import dev.passerelle.server.security.Role;
import dev.passerelle.server.security.Users;
import java.nio.file.Path;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * A demo ERP of a given size behind a real endpoint on loopback, and a CRM engine over a fresh CRM
 * store, both on H2 files in one folder. Generating the ERP happens in {@link #open}, outside any
 * timed section.
 */
final class Workbench implements AutoCloseable {

    static final String INTEGRATION = "main";
    /** The databases' file names in the workbench's folder (H2 adds {@code .mv.db}). */
    static final String ERP_FILE = "erp";
    static final String CRM_FILE = "crm";
    static final String USER = "bench-sync";

    private final ErpServer erp;
    private final CrmEngine engine;

    private Workbench(ErpServer erp, CrmEngine engine) {
        this.erp = erp;
        this.engine = engine;
    }

    static Workbench open(Path folder, int accounts) {
        String password = UUID.randomUUID().toString();
        ErpServer erp = startErp(folder, accounts, password);
        try {
            CrmEngine engine = CrmEngine.open(engineSettings(folder, integration(erp, password)));
            return new Workbench(erp, engine);
        } catch (RuntimeException failure) {
            erp.close();
            throw failure;
        }
    }

    /** A demo ERP of {@code accounts} in {@code folder} behind an endpoint on loopback, with one sync user. */
    static ErpServer startErp(Path folder, int accounts, String password) {
        ServerSettings settings = ServerSettings.builder().host("127.0.0.1").port(0)
                .jdbcUrl(H2Urls.file(folder.resolve(ERP_FILE))).users(Users.builder().add(USER, password, Role.SYNC).build())
                .demoAccounts(accounts).demoSeed(2026).build();
        return ErpServer.start(settings);
    }

    /** The integration of the workbench's engine with {@code erp}, every setting at its default. */
    static IntegrationSettings integration(ErpServer erp, String password) {
        return IntegrationSettings.defaults(INTEGRATION, erp.endpointUrl().toString(), USER, password);
    }

    /** The engine's settings: its CRM store in {@code folder} and {@code integration}. */
    static EngineSettings engineSettings(Path folder, IntegrationSettings integration) {
        return EngineSettings.of(DatabaseSettings.of(crmUrl(folder)), integration);
    }

    /** The JDBC URL of the CRM store in {@code folder}. */
    static String crmUrl(Path folder) {
        return H2Urls.file(folder.resolve(CRM_FILE));
    }

    ErpServer erp() {
        return erp;
    }

    Jdbi erpJdbi() {
        return erp.database().jdbi();
    }

    CrmEngine engine() {
        return engine;
    }

    long erpCount(String table) {
        return erpJdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM " + table)
                .mapTo(Long.class).one());
    }

    @Override
    public void close() {
        try {
            engine.close();
        } finally {
            erp.close();
        }
    }
}
