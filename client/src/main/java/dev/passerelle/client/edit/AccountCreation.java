package dev.passerelle.client.edit;

import dev.passerelle.client.config.IntegrationSettings;
import dev.passerelle.client.mapping.EntitySpec;
import dev.passerelle.client.run.EngineException;
import dev.passerelle.client.store.CompanyRows;
import dev.passerelle.client.store.CompanyRows.Company;
import dev.passerelle.client.store.CrmStore;
import dev.passerelle.client.store.LinkRows;
import dev.passerelle.client.store.ListRows;
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
        Company company = handle.attach(CompanyRows.class).company(companyId)
                .orElseThrow(() -> new EngineException.BadRequest("no company with id " + companyId));
        if (!handle.attach(LinkRows.class).primaryAccountsOf(companyId, options.name()).isEmpty()) {
            throw new EngineException.BadRequest("company " + companyId + " already has an account in '" + options.name() + "'");
        }
        Map<String, String> values = new LinkedHashMap<>();
        EntitySpec.ACCOUNT.fields().forEach(field -> values.put(field.name(), null));
        values.put("type", "SUPPLIER".equals(company.companyType()) ? "SUPPLIER" : "CUSTOMER");
        values.put("accountCode", code);
        values.put("name", company.name());
        values.put("website", company.website());
        values.put("vatNumber", company.vatNumber());
        values.put("dormant", Boolean.toString(!company.active()));
        values.put("currency", CRM_DEFAULT_CURRENCY);
        values.put("accountingCategory", firstOf("accountingCategory"));
        values.put("priceCategory", firstOf("priceCategory"));
        values.put("language", firstOf("language"));
        values.put("billing.street", company.street());
        values.put("billing.complement", company.complement());
        values.put("billing.postalCode", company.postalCode());
        values.put("billing.city", company.city());
        values.put("billing.region", company.region());
        values.put("billing.country", company.country());
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
            for (long id : RecordRows.unattached(handle, spec, companyId)) {
                RecordRows.attachToAccount(handle, spec, id, accountId);
                Map<String, String> values = RecordRows.load(handle, spec, List.of(id)).get(id);
                Outbox.capture(handle, store.now(), options.name(), spec.name(), id, "INSERT", null, Map.of(), values);
            }
        }
    }

    private String firstOf(String list) {
        return handle.attach(ListRows.class).first(options.name(), list).orElse(null);
    }
}
