package dev.passerelle.client.mapping;

import java.math.BigDecimal;

/** How a field's text form (the form the outbox and the conflict rules compare) maps to a column. */
public enum FieldKind {
    TEXT,
    BOOL,
    DECIMAL,
    /** The phone number of one contract phone type (a text column of its own). */
    PHONE,
    /** The e-mail address of one contract e-mail type (a text column of its own). */
    EMAIL;

    /** The column value for a text form (null stays null). */
    public Object toColumn(String text) {
        if (text == null) {
            return this == BOOL ? Boolean.FALSE : null;
        }
        return switch (this) {
            case BOOL -> Boolean.valueOf(text);
            case DECIMAL -> new BigDecimal(text);
            default -> text;
        };
    }

    /** The text form of a column value, normalised so that equal values compare equal. */
    public String fromColumn(Object value) {
        if (value == null) {
            return this == BOOL ? "false" : null;
        }
        return switch (this) {
            case BOOL -> value instanceof Boolean flag ? flag.toString() : Boolean.toString(!"0".equals(value.toString()));
            case DECIMAL -> decimal(value instanceof BigDecimal number ? number : new BigDecimal(value.toString()));
            default -> value.toString();
        };
    }

    public static String decimal(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }
}
