package dev.passerelle.client.sync;

import dev.passerelle.client.mapping.Vat;
import dev.passerelle.client.store.BatchInsert;
import dev.passerelle.client.store.CompanyFields;
import dev.passerelle.client.store.CompanyRows;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Replicates the fields of a company's primary account onto the CRM company, and creates companies
 * for accounts the ERP created. Stateless.
 */
final class CompanyMirror {

    private CompanyMirror() {
    }

    /** A company to create for an account new to the CRM. */
    record NewCompany(long id, Map<String, String> account, String territory, String accountManager) {
    }

    static void insert(Handle handle, LocalDateTime now, List<NewCompany> companies) {
        if (companies.isEmpty()) {
            return;
        }
        int text = Types.NVARCHAR;
        BatchInsert batch = BatchInsert.into(handle, "company", List.of("id", "name", "company_type", "vat_number",
                        "vat_normalised", "website", "street", "complement", "postal_code", "city", "region", "country",
                        "naf_code", "siret", "currency", "accounting_category", "price_category", "language", "phone_main",
                        "phone_fax", "phone_mobile", "phone_other", "email_main", "email_invoicing", "email_other",
                        "active", "account_manager", "territory", "never_sync", "skip_next_run", "created_at", "updated_at"),
                Types.BIGINT, text, text, text, text, text, text, text, text, text, text, text, text, text, text, text, text,
                text, text, text, text, text, text, text, text, Types.BIT, text, text, Types.BIT, Types.BIT, Types.TIMESTAMP,
                Types.TIMESTAMP);
        for (NewCompany company : companies) {
            Map<String, String> account = company.account();
            batch.add(company.id(), account.get("name"), account.get("type") == null ? "CUSTOMER" : account.get("type"),
                    account.get("vatNumber"), Vat.normalise(account.get("vatNumber")), account.get("website"),
                    account.get("billing.street"), account.get("billing.complement"), account.get("billing.postalCode"),
                    account.get("billing.city"), account.get("billing.region"), account.get("billing.country"),
                    account.get("nafCode"), account.get("siret"), account.get("currency"), account.get("accountingCategory"),
                    account.get("priceCategory"), account.get("language"), account.get("phone.MAIN"), account.get("phone.FAX"),
                    account.get("phone.MOBILE"), account.get("phone.OTHER"), account.get("email.MAIN"),
                    account.get("email.INVOICING"), account.get("email.OTHER"),
                    !Boolean.parseBoolean(account.get("dormant")), company.accountManager(), company.territory(),
                    Boolean.FALSE, Boolean.FALSE, now, now);
        }
        batch.execute();
    }

    /** Copies the given account fields onto the company (those it mirrors, present in {@code values}). */
    static void replicate(Handle handle, LocalDateTime now, long companyId, Map<String, String> values) {
        CompanyFields.write(handle, now, companyId, values);
    }

    static String accountManager(Handle handle, long companyId) {
        return handle.attach(CompanyRows.class).accountManager(companyId);
    }

    static void setAccountManager(Handle handle, long companyId, String login) {
        handle.attach(CompanyRows.class).setAccountManager(companyId, login);
    }
}
