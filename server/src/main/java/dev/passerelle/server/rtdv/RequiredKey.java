package dev.passerelle.server.rtdv;

import dev.passerelle.contract.v1.FieldErrorCode;
import dev.passerelle.server.error.InvalidRequestException;

/** Checks that a request carries a record key; whether the key names anything is for the database. */
final class RequiredKey {

    private RequiredKey() {
    }

    static String of(String key, String field) {
        if (key == null || key.isBlank()) {
            throw InvalidRequestException.of(field, FieldErrorCode.REQUIRED, field + " is required", key);
        }
        return key;
    }
}
