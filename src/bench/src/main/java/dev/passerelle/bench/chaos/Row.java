package dev.passerelle.bench.chaos;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One record as the comparison reads it on either side: its id, its account's id on the same side
 * (null for an account, or a CRM record attached to a company only) and its compared fields.
 */
record Row(long id, Long parent, Map<String, String> fields) {

    Row {
        fields = Collections.unmodifiableMap(new HashMap<>(fields)); // values may be null
    }

    /**
     * A field's value, blank read as absent: the engine reads a blank value the ERP sends as none,
     * so a blank and a missing value are the same record.
     */
    String field(String name) {
        String value = fields.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    boolean hasValue(String name, String expected) {
        return Objects.equals(field(name), expected == null || expected.isBlank() ? null : expected);
    }
}
