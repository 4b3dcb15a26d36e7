package dev.passerelle.client.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The identity map: which CRM record an ERP record key is, per integration and entity, with the ERP
 * version the CRM last saw. The ERP key is the only identity; business fields never are. Attach to
 * a handle; calls join the handle's transaction. Bulk inserts: {@link IdentityRows}.
 */
@RegisterConstructorMapper(Identity.class)
public interface IdentityMap {

    @SqlQuery("SELECT entity, erp_key, crm_id, erp_version FROM identity_map"
            + " WHERE integration = :integration AND entity = :entity AND erp_key IN (<keys>)")
    List<Identity> byKeys(@Bind("integration") String integration, @Bind("entity") String entity,
                          @BindList("keys") Collection<String> keys);

    @SqlQuery("SELECT entity, erp_key, crm_id, erp_version FROM identity_map"
            + " WHERE integration = :integration AND entity = :entity AND crm_id IN (<ids>)")
    List<Identity> byCrmIds(@Bind("integration") String integration, @Bind("entity") String entity,
                            @BindList("ids") Collection<Long> ids);

    @SqlQuery("SELECT entity, erp_key, crm_id, erp_version FROM identity_map"
            + " WHERE integration = :integration AND entity = :entity AND crm_id = :crmId")
    Optional<Identity> byCrmId(@Bind("integration") String integration, @Bind("entity") String entity,
                               @Bind("crmId") long crmId);

    @SqlQuery("SELECT entity, erp_key, crm_id, erp_version FROM identity_map"
            + " WHERE integration = :integration AND entity = :entity AND erp_key = :key")
    Optional<Identity> byKey(@Bind("integration") String integration, @Bind("entity") String entity,
                             @Bind("key") String key);

    /** Any one CRM id of the entity; empty when the CRM store has never mapped a record of it. */
    @SqlQuery("SELECT TOP (1) crm_id FROM identity_map WHERE integration = :integration AND entity = :entity")
    Optional<Long> anyOf(@Bind("integration") String integration, @Bind("entity") String entity);

    @SqlUpdate("INSERT INTO identity_map (integration, entity, erp_key, crm_id, erp_version)"
            + " VALUES (:integration, :entity, :key, :crmId, :version)")
    void insert(@Bind("integration") String integration, @Bind("entity") String entity, @Bind("key") String key,
                @Bind("crmId") long crmId, @Bind("version") long version);

    /**
     * Sets a record's ERP version: the version, the integration, the entity and the ERP key, in this
     * order. Positional, so that the plain JDBC batch that writes the versions of a sent batch's
     * answers runs this same statement.
     */
    String UPDATE_VERSION = "UPDATE identity_map SET erp_version = ? WHERE integration = ? AND entity = ? AND erp_key = ?";

    @SqlUpdate(UPDATE_VERSION)
    void updateVersion(@Bind("version") long version, @Bind("integration") String integration,
                       @Bind("entity") String entity, @Bind("key") String key);

    @SqlUpdate("DELETE FROM identity_map WHERE integration = :integration AND entity = :entity AND erp_key = :key")
    void remove(@Bind("integration") String integration, @Bind("entity") String entity, @Bind("key") String key);
}
