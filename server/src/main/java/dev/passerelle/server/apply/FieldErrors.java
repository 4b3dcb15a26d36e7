package dev.passerelle.server.apply;

import dev.passerelle.contract.v1.FieldError;
import dev.passerelle.contract.v1.FieldErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects the field errors of one record; the record is rejected when any was found. */
final class FieldErrors {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final String prefix;
    private final List<FieldError> errors = new ArrayList<>();

    FieldErrors(String prefix) {
        this.prefix = prefix;
    }

    FieldErrors add(String field, FieldErrorCode code, String message, Object rejected) {
        FieldError error = new FieldError();
        error.setField(prefix.isEmpty() ? field : field.isEmpty() ? prefix : prefix + "." + field);
        error.setCode(code);
        error.setMessage(message);
        error.setRejectedValue(rejected == null ? null : String.valueOf(rejected));
        errors.add(error);
        return this;
    }

    /** Records REQUIRED when the text is missing or blank; true when it is present. */
    boolean required(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, FieldErrorCode.REQUIRED, field + " is required", null);
            return false;
        }
        return true;
    }

    void email(String field, String value) {
        if (value != null && !EMAIL.matcher(value).matches()) {
            add(field, FieldErrorCode.INVALID_FORMAT, field + " is not an e-mail address", value);
        }
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    List<FieldError> list() {
        return List.copyOf(errors);
    }
}
