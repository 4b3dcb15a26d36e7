package dev.passerelle.client.mapping;

import java.util.Locale;

/**
 * One synchronised field of a record: its name (as in the outbox and the run log), its column in the
 * record's table, its kind, and whether the CRM may send it (false for ERP to CRM only fields).
 */
public record Field(String name, String column, FieldKind kind, boolean crmWritable) {

    static Field text(String name, String column) {
        return new Field(name, column, FieldKind.TEXT, true);
    }

    static Field erpOnly(String name, String column) {
        return new Field(name, column, FieldKind.TEXT, false);
    }

    static Field bool(String name, String column) {
        return new Field(name, column, FieldKind.BOOL, true);
    }

    static Field decimal(String name, String column) {
        return new Field(name, column, FieldKind.DECIMAL, true);
    }

    /** The phone number of a contract phone type ({@code MAIN}...): field {@code phone.MAIN}, column {@code phone_main}. */
    static Field phone(String type) {
        return new Field("phone." + type, "phone_" + type.toLowerCase(Locale.ROOT), FieldKind.PHONE, true);
    }

    /** The e-mail address of a contract e-mail type: field {@code email.MAIN}, column {@code email_main}. */
    static Field email(String type) {
        return new Field("email." + type, "email_" + type.toLowerCase(Locale.ROOT), FieldKind.EMAIL, true);
    }
}
