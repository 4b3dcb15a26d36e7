package dev.passerelle.server.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The failed authentications of one endpoint, counted per user name and per client address in this
 * process's memory (several instances behind a load balancer each keep their own counts), and what
 * they earn: a longer delay before each refusal is answered, then a lock-out. Thread-safe.
 */
final class FailedLogins {

    // A user name is the caller's text, up to the XML text limit: keys are cut so that the counts of
    // many long made-up names stay small. Names of that length are made up, so sharing a count is harmless.
    private static final int KEY_LENGTH = 128;

    private final LoginLimits limits;
    private final FailureCounts names;
    private final FailureCounts addresses;

    FailedLogins(LoginLimits limits, Clock clock) {
        this.limits = limits;
        this.names = new FailureCounts(limits.lockoutAfter(), limits.lockoutFor(), clock);
        this.addresses = new FailureCounts(limits.addressLockoutAfter(), limits.lockoutFor(), clock);
    }

    /** What is locked out, the name, the address or both, in words for the log; empty when neither is. */
    Optional<String> lockOut(String name, String address) {
        List<String> locked = new ArrayList<>();
        if (names.isLockedOut(key(name))) {
            locked.add("user name " + name);
        }
        if (addresses.isLockedOut(address)) {
            locked.add("address " + address);
        }
        return locked.isEmpty() ? Optional.empty()
                : Optional.of(String.join(" and ", locked) + " locked out: refused without checking the password");
    }

    /** Counts a failure of a name from an address that are not locked out; the refusal it earns. */
    LoginRefusal failed(String name, String address) {
        int byName = names.fail(key(name));
        int byAddress = addresses.fail(address);
        List<String> locked = new ArrayList<>();
        if (names.locksOutAt(byName)) {
            locked.add("user name " + name + " after " + byName + " failures");
        }
        if (addresses.locksOutAt(byAddress)) {
            locked.add("address " + address + " after " + byAddress + " failures");
        }
        String reason = "wrong user name or password";
        if (!locked.isEmpty()) {
            reason += "; " + String.join(" and ", locked) + " locked out for " + limits.lockoutFor();
        }
        return new LoginRefusal(name, reason, limits.delayAfter(Math.max(byName, byAddress)), !locked.isEmpty());
    }

    /** A successful authentication: the name's failures are forgotten (the address's are not). */
    void succeeded(String name) {
        names.forget(key(name));
    }

    private static String key(String name) {
        return name.length() <= KEY_LENGTH ? name : name.substring(0, KEY_LENGTH) + "..." + name.length();
    }
}
