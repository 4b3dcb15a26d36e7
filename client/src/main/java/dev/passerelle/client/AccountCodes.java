package dev.passerelle.client;

import java.util.Locale;

/**
 * Accounting codes: unique, at most 17 characters, upper-case letters and digits only. The three
 * ways to choose one for an account created from the CRM are the {@link CodeMode}s.
 */
public final class AccountCodes {

    public static final String PENDING = "[PENDING]";
    public static final String AUTO_ERP = "<AUTOERP>";

    private AccountCodes() {
    }

    static void check(String code) {
        if (!code.matches("[A-Z0-9]{1,17}")) {
            throw new EngineException.BadRequest("account code must be 1 to 17 upper-case letters and digits, was '" + code + "'");
        }
    }

    /** The code a new account starts with under a mode; {@code typed} is used in free mode when given. */
    static String initial(CodeMode mode, String suffix, long companyId, String typed) {
        return switch (mode) {
            case FREE -> {
                if (typed == null || typed.isBlank()) {
                    yield PENDING;
                }
                String code = typed.trim().toUpperCase(Locale.ROOT);
                check(code);
                yield code;
            }
            case CRM -> {
                String code = companyId + suffix;
                check(code);
                yield code;
            }
            case ERP -> AUTO_ERP;
        };
    }
}
