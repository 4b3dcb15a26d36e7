package dev.passerelle.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.common.security.LoginLimits;
import dev.passerelle.common.security.LoginRefusal;
import dev.passerelle.common.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Logins: refusals alike for every name, delays that grow, lock-outs that end, on a clock the test moves. */
class LoginsTest {

    private static final String ADDRESS = "192.0.2.7";
    private static final Users USERS = Users.builder().add("crm", "right", Role.SYNC).add("viewer", "right", Role.RTDV).build();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final Logins logins = new Logins(USERS, LoginLimits.defaults(), clock);

    @Test
    void aKnownAndAnUnknownNameAreRefusedAlikeAndLockedOutAlike() {
        for (int failure = 1; failure <= 10; failure++) {
            LoginRefusal known = logins.refusalOf("crm", "wrong", "192.0.2.1").orElseThrow();
            LoginRefusal unknown = logins.refusalOf("nobody", "wrong", "192.0.2.2").orElseThrow();
            assertThat(unknown.delay()).isEqualTo(known.delay());
            assertThat(unknown.locksOut()).isEqualTo(known.locksOut()).isEqualTo(failure == 10);
        }
    }

    @Test
    void eachFailureDoublesTheDelayUpToTheCap() {
        long[] delays = new long[9];
        for (int failure = 0; failure < delays.length; failure++) {
            delays[failure] = logins.refusalOf("crm", "wrong", ADDRESS).orElseThrow().delay().toMillis();
        }

        assertThat(delays).containsExactly(100, 200, 400, 800, 1600, 2000, 2000, 2000, 2000);
    }

    @Test
    void tenFailuresLockTheNameOutEvenForTheRightPasswordUntilTheLockOutEnds() {
        failTimes("crm", 10, ADDRESS);

        Optional<LoginRefusal> during = logins.refusalOf("crm", "right", "192.0.2.99");
        clock.advance(Duration.ofMinutes(5).minusMillis(1));
        Optional<LoginRefusal> justBefore = logins.refusalOf("crm", "right", "192.0.2.99");
        clock.advance(Duration.ofMillis(1));

        assertThat(during).hasValueSatisfying(refusal -> {
            assertThat(refusal.reason()).contains("user name crm locked out");
            assertThat(refusal.delay()).isEqualTo(Duration.ofSeconds(2));
        });
        assertThat(justBefore).isPresent();
        assertThat(logins.refusalOf("crm", "right", "192.0.2.99")).isEmpty();
    }

    @Test
    void fiftyFailuresFromOneAddressLockItOutWhateverTheNames() {
        for (int name = 0; name < 50; name++) {
            logins.refusalOf("guess-" + name, "wrong", ADDRESS);
        }

        assertThat(logins.refusalOf("crm", "right", ADDRESS)).hasValueSatisfying(refusal ->
                assertThat(refusal.reason()).contains("address " + ADDRESS + " locked out"));
        assertThat(logins.refusalOf("crm", "right", "192.0.2.8")).isEmpty();
    }

    @Test
    void aSuccessForgetsTheNamesFailuresButNotTheAddresses() {
        failTimes("crm", 9, ADDRESS);
        assertThat(logins.refusalOf("crm", "right", ADDRESS)).isEmpty();

        assertThat(logins.refusalOf("crm", "wrong", ADDRESS).orElseThrow().delay())
                .as("the name starts again, the address does not").isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void failuresAreForgottenAfterAQuietLockOutPeriod() {
        failTimes("crm", 9, ADDRESS);
        clock.advance(Duration.ofMinutes(5));

        assertThat(logins.refusalOf("crm", "wrong", ADDRESS).orElseThrow().delay()).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void aZeroLimitCountsNothing() {
        Logins uncounted = new Logins(USERS, new LoginLimits(0, 0, Duration.ofMinutes(5), Duration.ofMillis(100),
                Duration.ofSeconds(2)), clock);
        for (int failure = 0; failure < 20; failure++) {
            assertThat(uncounted.refusalOf("crm", "wrong", ADDRESS).orElseThrow().delay()).isZero();
        }

        assertThat(uncounted.refusalOf("crm", "right", ADDRESS)).isEmpty();
    }

    private void failTimes(String name, int times, String address) {
        for (int failure = 0; failure < times; failure++) {
            assertThat(logins.refusalOf(name, "wrong", address)).isPresent();
        }
    }
}
