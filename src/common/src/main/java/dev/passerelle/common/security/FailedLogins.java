package dev.passerelle.common.security;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The failed authentications of one service (the ERP endpoint, the console), counted per user name
 * and per client address in this process's memory (several instances behind a load balancer each
 * keep their own counts), and what they earn: a longer delay before each refusal is answered, then a
 * lock-out. Thread-safe.
 */
public final class FailedLogins {

    // A user name is the caller's text, up to the XML text limit: keys are cut so that the counts of
    // many long made-up names stay small. Names of that length are made up, so sharing a count is harmless.
    private static final int KEY_LENGTH = 128;

    private final LoginLimits limits;
    private final FailureCounts names;
    private final FailureCounts addresses;

    /** A lock-out standing now: what is locked out, in words for the log, and how long it still lasts. */
    public record LockOut(String reason, Duration retryAfter) {
    }

    public FailedLogins(LoginLimits limits, Clock clock) {
        this.limits = limits;
        this.names = new FailureCounts(limits.lockoutAfter(), limits.lockoutFor(), clock);
        this.addresses = new FailureCounts(limits.addressLockoutAfter(), limits.lockoutFor(), clock);
    }

    /**
     * What is locked out, the name, the address or both, and until when the later of the two ends;
     * empty when neither is.
     */
    public Optional<LockOut> lockOut(String name, String address) {
        List<String> locked = new ArrayList<>();
        Duration longest = Duration.ZERO;
        Optional<Duration> byName = names.lockedFor(key(name));
        if (byName.isPresent()) {
            locked.add("user name " + name);
            longest = byName.get();
        }
        Optional<Duration> byAddress = addresses.lockedFor(address);
        if (byAddress.isPresent()) {
            locked.add("address " + address);
            longest = byAddress.get().compareTo(longest) > 0 ? byAddress.get() : longest;
        }
        return locked.isEmpty() ? Optional.empty() : Optional.of(new LockOut(String.join(" and ", locked)
                + " locked out: refused without checking the password", longest));
    }

    /** Counts a failure of a name from an address that are not locked out; the refusal it earns. */
    public LoginRefusal failed(String name, String address) {
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
    public void succeeded(String name) {
        names.forget(key(name));
    }

    private static String key(String name) {
        return name.length() <= KEY_LENGTH ? name : name.substring(0, KEY_LENGTH) + "..." + name.length();
    }
}
