package dev.passerelle.client.store;

import dev.passerelle.client.mapping.EntitySpec;
import dev.passerelle.client.mapping.Field;
import dev.passerelle.client.mapping.Vat;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/**
 * The company columns that mirror its primary account's fields: name, website, VAT number, billing
 * address, NAF and SIRET, currency, categories, language, phones and e-mails, and "dormant" as the
 * company's "active", "type" as its type. One mapping for both ways: the ERP's values replicated onto
 * the company, and the CRM's edits of a company written to its columns. Stateless.
 */
public final class CompanyFields {

    /** Account field -> company column, for the fields held in the same form. */
    private static final Map<String, String> COLUMNS = columns();

    private CompanyFields() {
    }

    private static Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String field : List.of("name", "website", "vatNumber", "billing.street", "billing.complement", "billing.postalCode",
                "billing.city", "billing.region", "billing.country", "nafCode", "siret", "currency", "accountingCategory",
                "priceCategory", "language")) {
            Field spec = EntitySpec.ACCOUNT.field(field).orElseThrow();
            columns.put(field, spec.column());
        }
        for (Field field : EntitySpec.ACCOUNT.fields()) {
            if (field.name().startsWith("phone.") || field.name().startsWith("email.")) {
                columns.put(field.name(), field.column());
            }
        }
        return Map.copyOf(columns);
    }

    /** Whether the company holds this account field (in a column of its own, or as "active" or its type). */
    public static boolean holds(String accountField) {
        return COLUMNS.containsKey(accountField) || accountField.equals("dormant") || accountField.equals("type");
    }

    /** Writes onto the company, in one statement, the given account fields it holds; the others are ignored. */
    public static void write(Handle handle, LocalDateTime now, long companyId, Map<String, String> values) {
        Map<String, Object> columns = new LinkedHashMap<>();
        values.forEach((field, value) -> column(field, value).ifPresent(column -> columns.putAll(column)));
        if (columns.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("UPDATE company SET updated_at = :now");
        columns.keySet().forEach(column -> sql.append(", ").append(column).append(" = :").append(column));
        Update update = handle.createUpdate(sql.append(" WHERE id = :id").toString()).bind("now", now).bind("id", companyId);
        columns.forEach((column, value) -> update.bindByType(column, value, value instanceof Boolean ? Boolean.class : String.class));
        update.execute();
    }

    /** The company column(s) and value(s) an account field's value goes to. */
    private static Optional<Map<String, Object>> column(String field, String value) {
        if (field.equals("dormant")) {
            return Optional.of(Map.of("active", !Boolean.parseBoolean(value)));
        }
        if (field.equals("type")) {
            return value == null ? Optional.empty() : Optional.of(Map.of("company_type", value));
        }
        String column = COLUMNS.get(field);
        if (column == null) {
            return Optional.empty();
        }
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put(column, value);
        if (field.equals("vatNumber")) {
            columns.put("vat_normalised", Vat.normalise(value));
        }
        return Optional.of(columns);
    }
}
