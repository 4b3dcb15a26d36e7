package dev.passerelle.common.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Failed authentications in a row per key (a user name or a client address), and the lock-outs they
 * caused. A key's count is forgotten when its lock-out ends, or once it has had no failure for the
 * lock-out period. At most {@link #MAX_KEYS} keys are kept, the least recently seen forgotten first,
 * so that a flood of made-up names cannot fill the memory. Thread-safe.
 */
final class FailureCounts {

    static final int MAX_KEYS = 10_000;

    private final int lockoutAfter;
    private final Duration lockoutFor;
    private final Clock clock;
    private final Map<String, Count> counts = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Count> eldest) {
            return size() > MAX_KEYS;
        }
    };

    /** The failures in a row of one key, the last one's time, and the end of the lock-out they caused. */
    private static final class Count {
        int failures;
        Instant last;
        Instant lockedUntil;
    }

    /** {@code lockoutAfter} 0 counts nothing: no key ever fails or is locked out. */
    FailureCounts(int lockoutAfter, Duration lockoutFor, Clock clock) {
        this.lockoutAfter = lockoutAfter;
        this.lockoutFor = lockoutFor;
        this.clock = clock;
    }

    synchronized boolean isLockedOut(String key) {
        return lockedFor(key).isPresent();
    }

    /** How long the key's lock-out still lasts; empty when it is not locked out. */
    synchronized Optional<Duration> lockedFor(String key) {
        Instant now = clock.instant();
        Count count = current(key, now);
        return count == null || count.lockedUntil == null ? Optional.empty()
                : Optional.of(Duration.between(now, count.lockedUntil));
    }

    /** Counts a failure of a key that is not locked out; returns its failures in a row, this one included. */
    synchronized int fail(String key) {
        if (lockoutAfter == 0) {
            return 0;
        }
        Instant now = clock.instant();
        Count count = current(key, now);
        if (count == null) {
            count = new Count();
            counts.put(key, count);
        }
        count.failures++;
        count.last = now;
        if (count.failures == lockoutAfter) {
            count.lockedUntil = now.plus(lockoutFor);
        }
        return count.failures;
    }

    /** True when the failure that made this many in a row is the one that locked the key out. */
    boolean locksOutAt(int failures) {
        return lockoutAfter > 0 && failures == lockoutAfter;
    }

    synchronized void forget(String key) {
        counts.remove(key);
    }

    synchronized int size() {
        return counts.size();
    }

    private Count current(String key, Instant now) {
        Count count = counts.get(key);
        if (count == null) {
            return null;
        }
        Instant end = count.lockedUntil != null ? count.lockedUntil : count.last.plus(lockoutFor);
        if (!now.isBefore(end)) {
            counts.remove(key);
            return null;
        }
        return count;
    }
}
