package dev.passerelle.bench.chaos;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The CRM's identity map of the integration, both ways: ERP key (the ERP row's id as text) to CRM
 * ids and CRM id to ERP keys, per entity. The store's keys allow one of each; lists, so that the
 * comparison can tell if that ever broke. Immutable once read.
 */
final class Identities {

    private final Map<Entity, Map<String, List<Long>>> crmIdsByKey = new EnumMap<>(Entity.class);
    private final Map<Entity, Map<Long, List<String>>> keysByCrmId = new EnumMap<>(Entity.class);

    private Identities() {
        for (Entity entity : Entity.values()) {
            crmIdsByKey.put(entity, new HashMap<>());
            keysByCrmId.put(entity, new HashMap<>());
        }
    }

    static Identities read(Handle crm) {
        Identities identities = new Identities();
        crm.createQuery("SELECT entity, erp_key, crm_id FROM identity_map WHERE integration = :integration"
                        + " AND entity IN (N'ACCOUNT', N'CONTACT', N'DELIVERY_ADDRESS')")
                .bind("integration", Credentials.INTEGRATION)
                .map((row, context) -> {
                    Entity entity = Entity.valueOf(row.getString("entity"));
                    String key = row.getString("erp_key");
                    long crmId = row.getLong("crm_id");
                    identities.crmIdsByKey.get(entity).computeIfAbsent(key, any -> new ArrayList<>()).add(crmId);
                    identities.keysByCrmId.get(entity).computeIfAbsent(crmId, any -> new ArrayList<>()).add(key);
                    return entity;
                }).list();
        return identities;
    }

    Map<String, List<Long>> crmIdsByKey(Entity entity) {
        return crmIdsByKey.get(entity);
    }

    Map<Long, List<String>> keysByCrmId(Entity entity) {
        return keysByCrmId.get(entity);
    }

    /** The id, on the other side, of the record {@code id} of {@code side}, when the map links it to one. */
    Optional<Long> counterpart(Entity entity, Side side, long id) {
        if (side == Side.ERP) {
            return Optional.ofNullable(crmIdsByKey.get(entity).get(Long.toString(id))).map(ids -> ids.get(0));
        }
        return Optional.ofNullable(keysByCrmId.get(entity).get(id)).map(keys -> keys.get(0)).flatMap(Identities::erpId);
    }

    /** The ERP row id a key names; empty for a key that is not a row id (then no ERP row has it). */
    private static Optional<Long> erpId(String key) {
        try {
            return Optional.of(Long.parseLong(key));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }
}
