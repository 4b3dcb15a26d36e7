package dev.passerelle.server.security;

import java.util.Locale;

/** What a caller of the endpoint may do: {@code sync} calls every operation, {@code rtdv} only the read-only queries. */
public enum Role {
    SYNC,
    RTDV;

    /** The role as the contract and the users file spell it: {@code sync} or {@code rtdv}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code sync} or {@code rtdv} (any case); rejects anything else. */
    public static Role of(String code) {
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(code.trim())) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + code + "' (expected sync or rtdv)");
    }
}
