package dev.passerelle.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.common.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The counts behind the lock-outs, how long a lock-out still lasts, and the delays the limits give. */
class FailureCountsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

    @Test
    void aFloodOfMadeUpNamesKeepsAtMostTheLimitOfNames() {
        FailureCounts counts = new FailureCounts(10, Duration.ofMinutes(5), clock);

        for (int name = 0; name < FailureCounts.MAX_KEYS + 500; name++) {
            counts.fail("made-up-" + name);
        }

        assertThat(counts.size()).isEqualTo(FailureCounts.MAX_KEYS);
    }

    @Test
    void theLeastRecentlySeenNameIsForgottenFirst() {
        FailureCounts counts = new FailureCounts(2, Duration.ofMinutes(5), clock);
        counts.fail("kept");
        counts.fail("kept");
        for (int name = 0; name < FailureCounts.MAX_KEYS - 1; name++) {
            counts.fail("made-up-" + name);
        }
        assertThat(counts.isLockedOut("kept")).isTrue();

        counts.fail("one-more");

        assertThat(counts.isLockedOut("kept")).as("seen after the first made-up name").isTrue();
        assertThat(counts.size()).isEqualTo(FailureCounts.MAX_KEYS);
    }

    @ParameterizedTest(name = "failure {0}: {1} ms")
    @CsvSource({"0, 0", "1, 100", "2, 200", "3, 400", "5, 1600", "6, 2000", "10, 2000", "1000, 2000", "2147483647, 2000"})
    void theDelayDoublesFromTheFirstUpToTheMaximum(int failures, long millis) {
        assertThat(LoginLimits.defaults().delayAfter(failures)).isEqualTo(Duration.ofMillis(millis));
    }

    @Test
    void noFirstDelayHoldsNothingBackEvenDuringALockOut() {
        LoginLimits limits = new LoginLimits(10, 50, Duration.ofMinutes(5), Duration.ZERO, Duration.ofSeconds(2));

        assertThat(limits.delayAfter(7)).isZero();
        assertThat(limits.lockedOutDelay()).isZero();
    }

    @Test
    void aLockOutSaysHowLongItStillLastsAndEndsOnTime() {
        FailedLogins failures = new FailedLogins(new LoginLimits(3, 0, Duration.ofMinutes(5), Duration.ZERO, Duration.ZERO), clock);
        for (int failure = 1; failure <= 3; failure++) {
            assertThat(failures.lockOut("alice", "192.0.2.7")).as("before failure " + failure).isEmpty();
            LoginRefusal refusal = failures.failed("alice", "192.0.2.7");
            assertThat(refusal.locksOut()).isEqualTo(failure == 3);
        }

        clock.advance(Duration.ofSeconds(60));
        FailedLogins.LockOut lockOut = failures.lockOut("alice", "192.0.2.8").orElseThrow();

        assertThat(lockOut.retryAfter()).isEqualTo(Duration.ofMinutes(4));
        assertThat(lockOut.reason()).contains("user name alice").doesNotContain("address");
        assertThat(failures.lockOut("bob", "192.0.2.7")).as("the address has no limit of its own here").isEmpty();
        clock.advance(Duration.ofMinutes(4));
        assertThat(failures.lockOut("alice", "192.0.2.7")).isEmpty();
    }

    @Test
    void anAddressLockedOutForLongerThanTheNameGivesTheLaterEnd() {
        FailedLogins failures = new FailedLogins(new LoginLimits(2, 3, Duration.ofMinutes(5), Duration.ZERO, Duration.ZERO), clock);
        failures.failed("b", "192.0.2.9");
        clock.advance(Duration.ofSeconds(30));
        failures.failed("b", "192.0.2.9");
        clock.advance(Duration.ofSeconds(30));
        failures.failed("c", "192.0.2.9");

        FailedLogins.LockOut both = failures.lockOut("b", "192.0.2.9").orElseThrow();

        assertThat(both.reason()).contains("user name b").contains("address 192.0.2.9");
        assertThat(both.retryAfter()).isEqualTo(Duration.ofMinutes(5));
    }
}
