package dev.passerelle.client.edit;

import dev.passerelle.client.mapping.EntitySpec;
import dev.passerelle.client.store.RecordRows;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** Inserts a contact or address typed in the CRM, with the same defaults the sync gives ERP contacts. */
final class ChildInsert {

    private ChildInsert() {
    }

    static void insert(Handle handle, EntitySpec spec, long id, long companyId, Long accountId, Map<String, String> values) {
        Map<String, Object> fixed = new LinkedHashMap<>();
        fixed.put("account_id", accountId);
        fixed.put("company_id", companyId);
        if (spec == EntitySpec.CONTACT) {
            boolean hasPrimary = handle.createQuery("SELECT COUNT(*) FROM contact WHERE company_id = :company AND is_primary = 1")
                    .bind("company", companyId).mapTo(Integer.class).one() > 0;
            fixed.put("is_primary", !hasPrimary);
            Map<String, Object> billing = handle.createQuery("SELECT street, complement, postal_code, city, region, country"
                    + " FROM company WHERE id = :company").bind("company", companyId).mapToMap().one();
            for (String column : List.of("street", "complement", "postal_code", "city", "region", "country")) {
                fixed.put(column, billing.get(column));
            }
        }
        RecordRows.insert(handle, spec, List.of(new RecordRows.NewRow(id, fixed, values)));
    }
}
