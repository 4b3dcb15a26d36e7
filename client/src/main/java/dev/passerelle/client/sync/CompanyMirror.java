package dev.passerelle.client.sync;

import dev.passerelle.client.store.BatchInsert;
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

    /** Account field -> company column, for the fields the company mirrors. */
    private static final Map<String, String> MIRRORED = Map.ofEntries(
            Map.entry("name", "name"), Map.entry("website", "website"), Map.entry("billing.street", "street"),
            Map.entry("billing.complement", "complement"), Map.entry("billing.postalCode", "postal_code"),
            Map.entry("billing.city", "city"), Map.entry("billing.region", "region"),
            Map.entry("billing.country", "country"));

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
                        "active", "account_manager", "territory", "never_sync", "skip_next_run", "created_at", "updated_at"),
                Types.BIGINT, text, text, text, text, text, text, text, text, text, text, text, Types.BIT, text, text,
                Types.BIT, Types.BIT, Types.TIMESTAMP, Types.TIMESTAMP);
        for (NewCompany company : companies) {
            Map<String, String> account = company.account();
            batch.add(company.id(), account.get("name"), account.get("type") == null ? "CUSTOMER" : account.get("type"),
                    account.get("vatNumber"), Vat.normalise(account.get("vatNumber")), account.get("website"),
                    account.get("billing.street"), account.get("billing.complement"), account.get("billing.postalCode"),
                    account.get("billing.city"), account.get("billing.region"), account.get("billing.country"),
                    !Boolean.parseBoolean(account.get("dormant")), company.accountManager(), company.territory(),
                    Boolean.FALSE, Boolean.FALSE, now, now);
        }
        batch.execute();
    }

    /** Copies the given account fields onto the company (only those present in {@code values}). */
    static void replicate(Handle handle, LocalDateTime now, long companyId, Map<String, String> values) {
        for (Map.Entry<String, String> value : values.entrySet()) {
            String column = MIRRORED.get(value.getKey());
            if (column != null) {
                handle.createUpdate("UPDATE company SET " + column + " = :value, updated_at = :now WHERE id = :id")
                        .bind("value", value.getValue()).bind("now", now).bind("id", companyId).execute();
            }
        }
        if (values.containsKey("vatNumber")) {
            handle.createUpdate("UPDATE company SET vat_number = :vat, vat_normalised = :normalised WHERE id = :id")
                    .bind("vat", values.get("vatNumber")).bind("normalised", Vat.normalise(values.get("vatNumber")))
                    .bind("id", companyId).execute();
        }
        if (values.containsKey("dormant")) {
            handle.createUpdate("UPDATE company SET active = :active WHERE id = :id")
                    .bind("active", !Boolean.parseBoolean(values.get("dormant"))).bind("id", companyId).execute();
        }
        if (values.containsKey("type")) {
            handle.createUpdate("UPDATE company SET company_type = :type WHERE id = :id")
                    .bind("type", values.get("type")).bind("id", companyId).execute();
        }
    }

    static String accountManager(Handle handle, long companyId) {
        return handle.createQuery("SELECT account_manager FROM company WHERE id = :id").bind("id", companyId)
                .mapTo(String.class).findOne().orElse(null);
    }

    static void setAccountManager(Handle handle, long companyId, String login) {
        handle.createUpdate("UPDATE company SET account_manager = :login WHERE id = :id")
                .bind("login", login).bind("id", companyId).execute();
    }
}
