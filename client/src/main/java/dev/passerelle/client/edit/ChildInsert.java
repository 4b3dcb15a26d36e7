package dev.passerelle.client.edit;

import dev.passerelle.client.mapping.EntitySpec;
import dev.passerelle.client.run.EngineException;
import dev.passerelle.client.store.CompanyRows;
import dev.passerelle.client.store.CompanyRows.Company;
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
            CompanyRows companies = handle.attach(CompanyRows.class);
            fixed.put("is_primary", companies.primaryContacts(companyId) == 0);
            Company billing = companies.company(companyId)
                    .orElseThrow(() -> new EngineException.BadRequest("no company with id " + companyId));
            fixed.put("street", billing.street());
            fixed.put("complement", billing.complement());
            fixed.put("postal_code", billing.postalCode());
            fixed.put("city", billing.city());
            fixed.put("region", billing.region());
            fixed.put("country", billing.country());
        }
        RecordRows.insert(handle, spec, List.of(new RecordRows.NewRow(id, fixed, values)));
    }
}
