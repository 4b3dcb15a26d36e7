package dev.passerelle.client;

import dev.passerelle.client.sync.Vat;
import java.time.LocalDateTime;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** Writes the company columns that mirror account fields, for edits made in the CRM. */
final class CompanyColumns {

    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("name", "name"), Map.entry("website", "website"), Map.entry("vatNumber", "vat_number"),
            Map.entry("billing.street", "street"), Map.entry("billing.complement", "complement"),
            Map.entry("billing.postalCode", "postal_code"), Map.entry("billing.city", "city"),
            Map.entry("billing.region", "region"), Map.entry("billing.country", "country"));

    private CompanyColumns() {
    }

    static void write(Handle handle, LocalDateTime now, long companyId, Map<String, String> values) {
        for (Map.Entry<String, String> value : values.entrySet()) {
            String column = COLUMNS.get(value.getKey());
            if (column != null) {
                handle.createUpdate("UPDATE company SET " + column + " = :value, updated_at = :now WHERE id = :id")
                        .bind("value", value.getValue()).bind("now", now).bind("id", companyId).execute();
            }
            if (value.getKey().equals("vatNumber")) {
                handle.createUpdate("UPDATE company SET vat_normalised = :vat WHERE id = :id")
                        .bind("vat", Vat.normalise(value.getValue())).bind("id", companyId).execute();
            }
            if (value.getKey().equals("dormant")) {
                handle.createUpdate("UPDATE company SET active = :active WHERE id = :id")
                        .bind("active", !Boolean.parseBoolean(value.getValue())).bind("id", companyId).execute();
            }
        }
    }
}
