package dev.passerelle.server.store;

import java.util.OptionalLong;

/** Record keys on the wire are the ERP's row ids in decimal; clients treat them as opaque. */
public final class Keys {

    private Keys() {
    }

    public static String of(long id) {
        return Long.toString(id);
    }

    public static String ofNullable(Long id) {
        return id == null ? null : of(id);
    }

    /** The row id of a key, empty when the key cannot be one of this ERP's keys. */
    public static OptionalLong parse(String key) {
        if (key == null || key.isEmpty() || key.length() > 18 || !key.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(key));
    }
}
