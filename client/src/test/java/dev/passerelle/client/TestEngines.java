package dev.passerelle.client;

import dev.passerelle.client.config.EngineSettings;
import dev.passerelle.client.config.IntegrationSettings;
import dev.passerelle.client.run.EngineException;
import dev.passerelle.client.transport.ErpException;
import dev.passerelle.common.db.DatabaseSettings;
import dev.passerelle.common.db.H2Urls;
import java.time.Clock;
import java.util.UUID;

/** Engines on a fresh in-memory CRM store, for tests that need no ERP. */
public final class TestEngines {

    private TestEngines() {
    }

    public static IntegrationSettings integration(String erpUrl) {
        return IntegrationSettings.defaults("main", erpUrl, "sync", "sync-secret");
    }

    public static DatabaseSettings freshStore() {
        return DatabaseSettings.of(H2Urls.memory("crm-" + UUID.randomUUID()));
    }

    /** An engine whose ERP cannot be reached: any call fails the way an unreachable ERP does. */
    public static CrmEngine withoutErp(IntegrationSettings integration) {
        return CrmEngine.open(EngineSettings.of(freshStore(), integration), Clock.systemUTC(), options -> {
            throw new ErpExceptionProbe("no ERP in this test");
        });
    }

    /** Thrown when a test without ERP reaches for one. */
    static final class ErpExceptionProbe extends EngineException {
        private static final long serialVersionUID = 1L;

        ErpExceptionProbe(String message) {
            super(message);
        }
    }

    static Class<? extends RuntimeException> erpFailure() {
        return ErpException.class;
    }
}
