package dev.passerelle.common.security;

import java.time.Duration;
import java.util.Objects;

/**
 * How failed authentications are slowed down and locked out. Each failure of a user name or from a
 * client address holds the answer to the refusal back longer, starting at {@code firstDelay} and
 * doubling up to {@code maxDelay}; after {@code lockoutAfter} failures of a name (or
 * {@code addressLockoutAfter} from an address), every authentication of that name (from that
 * address) is refused, right password or not, for {@code lockoutFor}. Immutable.
 *
 * @param lockoutAfter failures of one user name that lock it out; 0 counts nothing per name
 * @param addressLockoutAfter failures from one client address that lock it out; 0 counts nothing per address
 * @param lockoutFor how long a lock-out lasts, and how long a failure is remembered
 * @param firstDelay how long the answer to a first failure is held back; zero holds nothing back
 * @param maxDelay the longest an answer is held back, also the delay of every refusal during a lock-out
 */
public record LoginLimits(int lockoutAfter, int addressLockoutAfter, Duration lockoutFor, Duration firstDelay,
        Duration maxDelay) {

    public LoginLimits {
        Objects.requireNonNull(lockoutFor, "lockoutFor");
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
    }

    /** The defaults documented in the sample properties file. */
    public static LoginLimits defaults() {
        return new LoginLimits(10, 50, Duration.ofMinutes(5), Duration.ofMillis(100), Duration.ofSeconds(2));
    }

    /** The delay of every refusal during a lock-out: the longest, unless no answer is ever held back. */
    public Duration lockedOutDelay() {
        return firstDelay.isZero() ? Duration.ZERO : maxDelay;
    }

    /** How long to hold back the answer to the refusal that makes {@code failures} failures in a row. */
    public Duration delayAfter(int failures) {
        if (failures <= 0 || firstDelay.isZero()) {
            return Duration.ZERO;
        }
        // Past 2^20 the first delay (at least a millisecond) is above any maximum the settings accept.
        Duration delay = firstDelay.multipliedBy(1L << Math.min(failures - 1, 20));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
