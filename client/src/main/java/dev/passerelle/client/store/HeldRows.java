package dev.passerelle.client.store;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The ERP's values of the parts an integration does not synchronise (phones, e-mails), held for their
 * record with the ERP version they came with, so that they are sent back unchanged.
 */
@RegisterConstructorMapper(HeldRows.HeldValue.class)
public interface HeldRows {

    /** One held value of one field of a record ({@code ownerEntity}: ACCOUNT or CONTACT). */
    record HeldValue(String ownerEntity, long ownerId, String field, long erpVersion, String fieldValue) {
    }

    @SqlQuery("SELECT owner_entity, owner_id, field, erp_version, field_value FROM erp_held_value"
            + " WHERE owner_entity = :owner AND owner_id = :id ORDER BY field")
    List<HeldValue> of(@Bind("owner") String ownerEntity, @Bind("id") long ownerId);

    @SqlUpdate("DELETE FROM erp_held_value WHERE owner_entity = :owner AND owner_id = :id")
    void forget(@Bind("owner") String ownerEntity, @Bind("id") long ownerId);

    @SqlBatch("INSERT INTO erp_held_value (owner_entity, owner_id, field, erp_version, field_value)"
            + " VALUES (:ownerEntity, :ownerId, :field, :erpVersion, :fieldValue)")
    void hold(@BindMethods List<HeldValue> values);
}
