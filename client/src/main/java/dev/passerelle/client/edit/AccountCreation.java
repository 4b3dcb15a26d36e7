package dev.passerelle.client.edit;

import dev.passerelle.client.config.IntegrationSettings;
import dev.passerelle.client.mapping.EntitySpec;
import dev.passerelle.client.run.EngineException;
import dev.passerelle.client.store.CrmStore;
import dev.passerelle.client.store.Outbox;
import dev.passerelle.client.store.RecordRows;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Turns a CRM company into an account of an integration: defaults (currency EUR, first value of the
 * category, price-category and language lists), billing address from the company, and the company's
 * contacts and addresses attached and queued to follow it.
 */
final class AccountCreation {

    static final String CRM_DEFAULT_CURRENCY = "EUR";

    private final CrmStore store;
    private final Handle handle;
    private final IntegrationSettings options;

    AccountCreation(CrmStore store, Handle handle, IntegrationSettings options) {
        this.store = store;
        this.handle = handle;
        this.options = options;
    }

    long create(long companyId, String code) {
        Map<String, Object> company = handle.createQuery("SELECT * FROM company WHERE id = :id").bind("id", companyId)
                .mapToMap().findOne().orElseThrow(() -> new EngineException.BadRequest("no company with id " + companyId));
        int existing = handle.createQuery("SELECT COUNT(*) FROM account WHERE company_id = :id AND integration = :integration"
                        + " AND is_primary = 1").bind("id", companyId).bind("integration", options.name())
                .mapTo(Integer.class).one();
        if (existing > 0) {
            throw new EngineException.BadRequest("company " + companyId + " already has an account in '" + options.name() + "'");
        }
        Map<String, String> values = new LinkedHashMap<>();
        EntitySpec.ACCOUNT.fields().forEach(field -> values.put(field.name(), null));
        values.put("type", "SUPPLIER".equals(company.get("company_type")) ? "SUPPLIER" : "CUSTOMER");
        values.put("accountCode", code);
        values.put("name", (String) company.get("name"));
        values.put("website", (String) company.get("website"));
        values.put("vatNumber", (String) company.get("vat_number"));
        values.put("dormant", Boolean.toString(!Boolean.TRUE.equals(company.get("active"))));
        values.put("currency", CRM_DEFAULT_CURRENCY);
        values.put("accountingCategory", firstOf("accountingCategory"));
        values.put("priceCategory", firstOf("priceCategory"));
        values.put("language", firstOf("language"));
        values.put("billing.street", (String) company.get("street"));
        values.put("billing.complement", (String) company.get("complement"));
        values.put("billing.postalCode", (String) company.get("postal_code"));
        values.put("billing.city", (String) company.get("city"));
        values.put("billing.region", (String) company.get("region"));
        values.put("billing.country", (String) company.get("country"));
        long accountId = store.ids().next();
        Map<String, Object> fixed = new LinkedHashMap<>();
        fixed.put("integration", options.name());
        fixed.put("company_id", companyId);
        fixed.put("is_primary", Boolean.TRUE);
        RecordRows.insert(handle, EntitySpec.ACCOUNT, List.of(new RecordRows.NewRow(accountId, fixed, values)));
        Outbox.capture(handle, store.now(), options.name(), "ACCOUNT", accountId, "INSERT", null, Map.of(), values);
        attachChildren(companyId, accountId);
        return accountId;
    }

    private void attachChildren(long companyId, long accountId) {
        for (EntitySpec spec : List.of(EntitySpec.DELIVERY_ADDRESS, EntitySpec.CONTACT)) {
            if (spec == EntitySpec.CONTACT && !options.switches().contacts()
                    || spec == EntitySpec.DELIVERY_ADDRESS && !options.switches().addresses()) {
                continue;
            }
            List<Long> ids = handle.createQuery("SELECT id FROM " + spec.table()
                    + " WHERE company_id = :company AND account_id IS NULL").bind("company", companyId).mapTo(Long.class).list();
            for (long id : ids) {
                handle.createUpdate("UPDATE " + spec.table() + " SET account_id = :account WHERE id = :id")
                        .bind("account", accountId).bind("id", id).execute();
                Map<String, String> values = RecordRows.load(handle, spec, List.of(id)).get(id);
                Outbox.capture(handle, store.now(), options.name(), spec.name(), id, "INSERT", null, Map.of(), values);
            }
        }
    }

    private String firstOf(String list) {
        return handle.createQuery("SELECT code FROM list_value WHERE integration = :integration AND list_name = :list"
                        + " ORDER BY position").bind("integration", options.name()).bind("list", list)
                .mapTo(String.class).findFirst().orElse(null);
    }
}
