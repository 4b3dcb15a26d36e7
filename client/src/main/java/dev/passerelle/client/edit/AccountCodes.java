package dev.passerelle.client.edit;

import dev.passerelle.client.config.CodeMode;
import dev.passerelle.client.run.EngineException;
import java.util.Collection;
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

    /**
     * A code for an account to type: the first letters and digits of its name and its CRM id, at most
     * 17 characters, not one of {@code taken}.
     */
    public static String suggest(String name, long accountId, Collection<String> taken) {
        String id = Long.toString(accountId);
        String letters = (name == null ? "" : name).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        String base = letters.substring(0, Math.min(letters.length(), 17 - id.length())) + id;
        String code = base;
        for (int n = 2; taken.contains(code); n++) {
            String suffix = Integer.toString(n);
            code = base.substring(0, Math.min(base.length(), 17 - suffix.length())) + suffix;
        }
        return code;
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
