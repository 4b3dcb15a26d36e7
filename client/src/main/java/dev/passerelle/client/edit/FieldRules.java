package dev.passerelle.client.edit;

import dev.passerelle.client.mapping.EntitySpec;
import dev.passerelle.client.mapping.Field;
import dev.passerelle.client.mapping.FieldKind;
import dev.passerelle.client.run.EngineException;
import java.math.BigDecimal;
import java.util.Set;

/** What a CRM user may write into a synchronised field; a bad value is refused before anything is written. */
final class FieldRules {

    private static final Set<String> CODES = Set.of("nafCode", "siret", "vatNumber", "accountingCategory",
            "priceCategory", "language", "service", "representativeKey", "billing.postalCode", "address.postalCode", "phone");

    private FieldRules() {
    }

    static Field check(EntitySpec spec, String name, String value) {
        Field field = spec.field(name).orElseThrow(() -> new EngineException.BadRequest(
                "unknown field '" + name + "' of " + spec.name() + " (fields: "
                        + spec.fields().stream().filter(Field::crmWritable).map(Field::name).toList() + ")"));
        if (!field.crmWritable()) {
            throw new EngineException.BadRequest("field '" + name + "' comes from the ERP only and cannot be edited in the CRM");
        }
        if (value == null) {
            if (name.equals("name") || name.equals("lastName") || name.equals("accountCode")) {
                throw new EngineException.BadRequest(name + " is required");
            }
            return field;
        }
        int max = CODES.contains(name) || field.kind() == FieldKind.PHONE ? 32 : 100;
        if (value.length() > max) {
            throw new EngineException.BadRequest(name + " is longer than " + max + " characters");
        }
        switch (field.kind()) {
            case BOOL -> {
                if (!value.equals("true") && !value.equals("false")) {
                    throw new EngineException.BadRequest(name + " must be true or false");
                }
            }
            case DECIMAL -> {
                try {
                    new BigDecimal(value);
                } catch (NumberFormatException notNumber) {
                    throw new EngineException.BadRequest(name + " must be a number, was '" + value + "'");
                }
            }
            default -> checkText(name, value);
        }
        return field;
    }

    private static void checkText(String name, String value) {
        switch (name) {
            case "civility" -> requireOneOf(name, value, Set.of("MR", "MRS", "MS"));
            case "type" -> requireOneOf(name, value, Set.of("CUSTOMER", "SUPPLIER"));
            case "billing.country", "address.country" -> {
                if (!value.matches("[A-Z]{2}")) {
                    throw new EngineException.BadRequest(name + " must be a two-letter ISO country code, was '" + value + "'");
                }
            }
            case "currency" -> {
                if (!value.matches("[A-Z]{3}")) {
                    throw new EngineException.BadRequest(name + " must be a three-letter ISO currency code");
                }
            }
            case "accountCode" -> AccountCodes.check(value);
            default -> {
            }
        }
    }

    private static void requireOneOf(String name, String value, Set<String> allowed) {
        if (!allowed.contains(value)) {
            throw new EngineException.BadRequest(name + " must be one of " + allowed + ", was '" + value + "'");
        }
    }
}
