package dev.passerelle.bench.chaos;

import java.util.List;
import java.util.Locale;

/**
 * The records the comparison matches through the CRM's identity map, each with the fields it compares
 * and how to read them on either side under the same names. Only CRM records of an account of the
 * integration, or of a company linked to one, are the integration's: a CRM's own prospects are not.
 */
enum Entity {

    ACCOUNT("SELECT id, NULL AS parent, code, name, vat_number, city, phone_main, email_main FROM account",
            // An account the ERP deleted stays in the CRM, marked (accounts are never deleted either way).
            "SELECT id, NULL AS parent, account_code AS code, name, vat_number, city, phone_main, email_main FROM account"
                    + " WHERE integration = :integration AND erp_deleted = 0",
            List.of("code", "name", "vat_number", "city", "phone_main", "email_main")),
    CONTACT("SELECT id, account_id AS parent, first_name, last_name, phone_main, email_main FROM contact",
            "SELECT id, account_id AS parent, first_name, last_name, phone_main, email_main FROM contact WHERE "
                    + Entity.OF_THE_INTEGRATION,
            List.of("first_name", "last_name", "phone_main", "email_main")),
    DELIVERY_ADDRESS("SELECT id, account_id AS parent, label, city FROM delivery_address",
            "SELECT id, account_id AS parent, label, city FROM address WHERE " + Entity.OF_THE_INTEGRATION,
            List.of("label", "city"));

    private static final String OF_THE_INTEGRATION = "account_id IN (SELECT id FROM account WHERE integration = :integration)"
            + " OR company_id IN (SELECT company_id FROM account WHERE integration = :integration)";

    private final String erpQuery;
    private final String crmQuery;
    private final List<String> fields;

    Entity(String erpQuery, String crmQuery, List<String> fields) {
        this.erpQuery = erpQuery;
        this.crmQuery = crmQuery;
        this.fields = fields;
    }

    /** Every record of the ERP: its id, its account ({@code parent}, null for an account) and {@link #fields}. */
    String erpQuery() {
        return erpQuery;
    }

    /** The integration's records of the CRM ({@code :integration} bound), read as {@link #erpQuery} reads the ERP's. */
    String crmQuery() {
        return crmQuery;
    }

    List<String> fields() {
        return fields;
    }

    /** For messages: "contact", "delivery address". */
    String noun() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
