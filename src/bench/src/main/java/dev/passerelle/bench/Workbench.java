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
    private static final String USER = "bench-sync";

    private final ErpServer erp;
    private final CrmEngine engine;

    private Workbench(ErpServer erp, CrmEngine engine) {
        this.erp = erp;
        this.engine = engine;
    }

    static Workbench open(Path folder, int accounts) {
        String password = UUID.randomUUID().toString();
        ServerSettings settings = ServerSettings.builder().host("127.0.0.1").port(0)
                .jdbcUrl(H2Urls.file(folder.resolve(ERP_FILE))).users(Users.builder().add(USER, password, Role.SYNC).build())
                .demoAccounts(accounts).demoSeed(2026).build();
        ErpServer erp = ErpServer.start(settings);
        try {
            IntegrationSettings integration = IntegrationSettings.defaults(INTEGRATION, erp.endpointUrl().toString(),
                    USER, password);
            CrmEngine engine = CrmEngine.open(EngineSettings.of(DatabaseSettings.of(H2Urls.file(folder.resolve(CRM_FILE))),
                    integration));
            return new Workbench(erp, engine);
        } catch (RuntimeException failure) {
            erp.close();
            throw failure;
        }
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
