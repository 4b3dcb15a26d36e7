package dev.passerelle.client.identity;

import dev.passerelle.client.store.BatchInsert;
import java.sql.Types;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Bulk writes of the identity map: the records a page brings new to the CRM, in one plain JDBC
 * batch on the handle's transaction. Stateless.
 */
public final class IdentityRows {

    private IdentityRows() {
    }

    /** Maps {@code keys[i]} to {@code crmIds[i]} at {@code versions[i]}. */
    public static void insert(Handle handle, String integration, String entity, List<String> keys, List<Long> crmIds,
                              List<Long> versions) {
        BatchInsert batch = BatchInsert.into(handle, "identity_map",
                List.of("integration", "entity", "erp_key", "crm_id", "erp_version"),
                Types.NVARCHAR, Types.NVARCHAR, Types.NVARCHAR, Types.BIGINT, Types.BIGINT);
        for (int i = 0; i < keys.size(); i++) {
            batch.add(integration, entity, keys.get(i), crmIds.get(i), versions.get(i));
        }
        batch.execute();
    }
}
