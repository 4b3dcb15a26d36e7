package dev.passerelle.server.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.passerelle.common.security.LoginLimits;
import dev.passerelle.common.testing.MutableClock;
import dev.passerelle.server.CapturedLog;
import dev.passerelle.server.ErpServer;
import dev.passerelle.server.TestServers;
import dev.passerelle.server.security.Role;
import dev.passerelle.server.security.Users;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Failed logins over real HTTP: refused alike whether the name exists or not, answered later and
 * later, then locked out (right password or not) until the lock-out ends on the server's clock.
 * Each test uses its own user, as the counts of one server outlive a test.
 */
class LoginThrottleTest {

    private static final Duration LOCKOUT = Duration.ofMinutes(5);
    private static final String RIGHT = "right-password";
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

    private static ErpServer server;

    @BeforeAll
    static void start() {
        Users.Builder users = Users.builder();
        for (String name : List.of("alice", "bob", "carol", "dave", "erin")) {
            users.add(name, RIGHT, Role.SYNC);
        }
        // Four failures of a name lock it out; addresses are not counted (every test calls from 127.0.0.1).
        server = ErpServer.start(TestServers.settings().users(users.build()).clock(CLOCK)
                .loginLimits(new LoginLimits(4, 0, LOCKOUT, Duration.ofMillis(1), Duration.ofMillis(4))).build());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> login(ErpServer target, String user, String password) throws Exception {
        return RawSoap.post(target, RawSoap.envelope(RawSoap.security(user, password), "<p:GetServiceInfo/>"));
    }

    // The answer without what differs between any two answers (the correlation id, the server time).
    private static String alike(HttpResponse<String> response) {
        return response.statusCode() + " " + response.body().replaceAll("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", "ID");
    }

    @Test
    void aKnownAndAnUnknownNameAreRefusedAlike() throws Exception {
        HttpResponse<String> known = login(server, "alice", "guess");
        HttpResponse<String> unknown = login(server, "alice-who-is-not", "guess");

        assertThat(known.body()).contains("AuthenticationFault");
        assertThat(alike(unknown)).isEqualTo(alike(known));
    }

    @Test
    void afterFourFailuresTheRightPasswordIsRefusedUntilTheLockOutEnds() throws Exception {
        HttpResponse<String> wrong = null;
        for (int failure = 0; failure < 4; failure++) {
            wrong = login(server, "bob", "guess");
        }

        assertThat(alike(login(server, "bob", RIGHT))).isEqualTo(alike(wrong));
        CLOCK.advance(LOCKOUT.minusSeconds(1));
        assertThat(alike(login(server, "bob", RIGHT))).isEqualTo(alike(wrong));
        CLOCK.advance(Duration.ofSeconds(1));
        assertThat(login(server, "bob", RIGHT).statusCode()).isEqualTo(200);
    }

    @Test
    void theLockOutIsLoggedOnceAndRefusalsDuringItSaySo() throws Exception {
        try (CapturedLog log = CapturedLog.start()) {
            for (int failure = 0; failure < 5; failure++) {
                login(server, "carol", "guess");
            }

            List<ILoggingEvent> events = log.events();
            assertThat(events).hasSize(5);
            assertThat(events.stream().filter(event -> event.getLevel() == Level.WARN)).singleElement()
                    .satisfies(event -> assertThat(event.getFormattedMessage()).contains("caller=carol",
                            "user name carol after 4 failures locked out for PT5M"));
            assertThat(events.get(4).getFormattedMessage()).contains("user name carol locked out: refused without checking");
        }
    }

    @Test
    void eachFailureHoldsTheAnswerBackLongerUpToTheCap() throws Exception {
        try (CapturedLog log = CapturedLog.start()) {
            for (int failure = 0; failure < 5; failure++) {
                login(server, "dave", "guess");
            }

            // 1 ms doubled at each failure, 4 ms at most, also while locked out.
            assertThat(log.events()).extracting(LoginThrottleTest::heldBackMillis).containsExactly(1L, 2L, 4L, 4L, 4L);
        }
    }

    @Test
    void aSuccessForgetsTheNamesFailures() throws Exception {
        for (int round = 0; round < 3; round++) {
            for (int failure = 0; failure < 3; failure++) {
                login(server, "erin", "guess");
            }
            assertThat(login(server, "erin", RIGHT).statusCode()).as("round " + round).isEqualTo(200);
        }
    }

    @Test
    void anAddressIsLockedOutAfterFailuresUnderAnyNames() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
        try (ErpServer counting = ErpServer.start(TestServers.settings().clock(clock)
                .loginLimits(new LoginLimits(0, 3, LOCKOUT, Duration.ofMillis(1), Duration.ofMillis(4))).build())) {
            for (String name : List.of("root", "admin", "sa")) {
                login(counting, name, "guess");
            }

            assertThat(login(counting, TestServers.SYNC_USER, TestServers.SYNC_PASSWORD).body()).contains("AuthenticationFault");
            clock.advance(LOCKOUT);
            assertThat(login(counting, TestServers.SYNC_USER, TestServers.SYNC_PASSWORD).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aHeldAnswerHoldsNoThreadMeanwhile() throws Exception {
        Duration delay = Duration.ofSeconds(2);
        try (ErpServer slow = ErpServer.start(TestServers.settings()
                .loginLimits(new LoginLimits(100, 0, LOCKOUT, delay, delay)).build())) {
            long start = System.nanoTime();
            CompletableFuture<HttpResponse<String>> answer = CompletableFuture.supplyAsync(() -> {
                try {
                    return login(slow, TestServers.SYNC_USER, "guess");
                } catch (Exception failure) {
                    throw new IllegalStateException(failure);
                }
            });
            // Halfway through the delay the password check is long over (it takes tens of milliseconds).
            Thread.sleep(delay.toMillis() / 2);

            assertThat(answer).isNotDone();
            assertThat(Thread.getAllStackTraces().values()).noneSatisfy(stack -> assertThat(stack)
                    .anySatisfy(frame -> assertThat(frame.getClassName()).startsWith("org.apache.cxf.phase.PhaseInterceptorChain")));
            assertThat(answer.get().body()).contains("AuthenticationFault");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(delay);
        }
    }

    private static long heldBackMillis(ILoggingEvent event) {
        Matcher held = Pattern.compile("held back (\\d+) ms").matcher(event.getFormattedMessage());
        return held.find() ? Long.parseLong(held.group(1)) : -1;
    }
}
