package dev.passerelle.client.mapping;

/**
 * One synchronised field of a record: its name (as in the outbox and the run log), its column (or
 * phone / e-mail type), its kind, and whether the CRM may send it (false for ERP to CRM only fields).
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

    static Field phone(String type) {
        return new Field("phone." + type, type, FieldKind.PHONE, true);
    }

    static Field email(String type) {
        return new Field("email." + type, type, FieldKind.EMAIL, true);
    }

    public boolean inMainTable() {
        return kind != FieldKind.PHONE && kind != FieldKind.EMAIL;
    }
}
