package dev.passerelle.client.mapping;

import dev.passerelle.contract.v1.EntityType;
import java.util.List;
import java.util.Optional;

/**
 * The entities synchronised both ways (accounts, delivery addresses, contacts): their CRM table and
 * their fields. Field and table names are code constants; values are always bound.
 */
public enum EntitySpec {
    ACCOUNT(EntityType.ACCOUNT, "account", "ACCOUNT", List.of(
            Field.text("type", "account_type"), Field.text("accountCode", "account_code"), Field.text("name", "name"),
            Field.text("shortName", "short_name"), Field.text("contactPerson", "contact_person"),
            Field.text("website", "website"), Field.bool("dormant", "dormant"), Field.text("nafCode", "naf_code"),
            Field.text("siret", "siret"), Field.text("vatNumber", "vat_number"), Field.text("currency", "currency"),
            Field.text("accountingCategory", "accounting_category"), Field.text("priceCategory", "price_category"),
            Field.text("language", "language"), Field.text("billing.street", "street"),
            Field.text("billing.complement", "complement"), Field.text("billing.postalCode", "postal_code"),
            Field.text("billing.city", "city"), Field.text("billing.region", "region"),
            Field.text("billing.country", "country"), Field.text("representativeKey", "representative_key"),
            Field.decimal("creditLimit", "credit_limit"), Field.erpOnly("collectiveAccount", "collective_account"),
            Field.erpOnly("payingAccountKey", "paying_account_key"), Field.erpOnly("paymentTerms", "payment_terms"),
            Field.erpOnly("riskCode", "risk_code"), Field.erpOnly("riskAction", "risk_action"),
            Field.phone("MAIN"), Field.phone("FAX"), Field.phone("MOBILE"), Field.phone("OTHER"),
            Field.email("MAIN"), Field.email("INVOICING"), Field.email("OTHER"))),
    DELIVERY_ADDRESS(EntityType.DELIVERY_ADDRESS, "address", null, List.of(
            Field.text("label", "label"), Field.text("address.street", "street"),
            Field.text("address.complement", "complement"), Field.text("address.postalCode", "postal_code"),
            Field.text("address.city", "city"), Field.text("address.region", "region"),
            Field.text("address.country", "country"), Field.text("contactName", "contact_name"),
            Field.text("phone", "phone"), Field.bool("main", "is_main"))),
    CONTACT(EntityType.CONTACT, "contact", "CONTACT", List.of(
            Field.text("civility", "civility"), Field.text("firstName", "first_name"),
            Field.text("lastName", "last_name"), Field.text("function", "job_function"),
            Field.text("service", "service"), Field.phone("MAIN"), Field.phone("FAX"), Field.phone("MOBILE"),
            Field.phone("OTHER"), Field.email("MAIN"), Field.email("INVOICING"), Field.email("OTHER")));

    private final EntityType type;
    private final String table;
    private final String ownerEntity;
    private final List<Field> fields;

    EntitySpec(EntityType type, String table, String ownerEntity, List<Field> fields) {
        this.type = type;
        this.table = table;
        this.ownerEntity = ownerEntity;
        this.fields = fields;
    }

    public EntityType type() {
        return type;
    }

    public String table() {
        return table;
    }

    /**
     * The owner_entity under which the ERP's phones and e-mails of this record are held while their
     * part is switched off ({@code erp_held_value}); empty when it has none.
     */
    public Optional<String> ownerEntity() {
        return Optional.ofNullable(ownerEntity);
    }

    public List<Field> fields() {
        return fields;
    }

    public Optional<Field> field(String name) {
        return fields.stream().filter(field -> field.name().equals(name)).findFirst();
    }

    public static Optional<EntitySpec> of(EntityType type) {
        for (EntitySpec spec : values()) {
            if (spec.type == type) {
                return Optional.of(spec);
            }
        }
        return Optional.empty();
    }
}
