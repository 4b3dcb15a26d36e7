package dev.passerelle.client.store;

import dev.passerelle.common.db.Dialect;
import dev.passerelle.common.db.H2Urls;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/** In-memory CRM stores migrated only up to an earlier version, to test the migrations after it. */
final class OlderStores {

    private OlderStores() {
    }

    /** The URL of a fresh store at {@code version} (a Flyway version, e.g. "3" or "4.1"). */
    static String at(String version) {
        String url = H2Urls.memory("crm-v" + version + "-" + UUID.randomUUID());
        Flyway.configure().dataSource(url, "", "")
                .locations(Dialect.of(url).migrationLocations("crm").toArray(String[]::new))
                .table("flyway_crm_history").target(version).load().migrate();
        return url;
    }
}
