package dev.passerelle.console;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The console's sessions, in memory: a random id (the cookie) and a random CSRF token each, the CRM user
 * once logged in (null before). A session idle for {@link #IDLE} or older than {@link #LONGEST} is
 * gone; logging in replaces the session, so an id seen before the log-in is worth nothing after it.
 * Thread-safe.
 */
final class Sessions {

    static final Duration IDLE = Duration.ofMinutes(30);
    static final Duration LONGEST = Duration.ofHours(12);
    /** Sessions kept at most; past it the expired ones are dropped, then the oldest anonymous ones. */
    private static final int MOST = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One session. {@code login} is null until the user logs in. */
    record Session(String id, String login, String csrf, Instant createdAt, Instant seenAt) {

        boolean loggedIn() {
            return login != null;
        }

        /** Whether {@code token} is this session's CSRF token; compared in constant time. */
        boolean acceptsCsrf(String token) {
            return token != null && MessageDigest.isEqual(csrf.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private final Map<String, Session> byId = new ConcurrentHashMap<>();
    private final Clock clock;

    Sessions(Clock clock) {
        this.clock = clock;
    }

    /** A new session, anonymous ({@code login} null) or logged in. */
    Session open(String login) {
        if (byId.size() >= MOST) {
            prune();
        }
        Instant now = clock.instant();
        Session session = new Session(random(), login, random(), now, now);
        byId.put(session.id(), session);
        return session;
    }

    /** The live session of this id, marked seen now. */
    Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Session session = byId.get(id);
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (expired(session, now)) {
            byId.remove(id);
            return Optional.empty();
        }
        Session seen = new Session(session.id(), session.login(), session.csrf(), session.createdAt(), now);
        byId.replace(id, session, seen);
        return Optional.of(seen);
    }

    void close(String id) {
        if (id != null) {
            byId.remove(id);
        }
    }

    private boolean expired(Session session, Instant now) {
        return session.seenAt().plus(IDLE).isBefore(now) || session.createdAt().plus(LONGEST).isBefore(now);
    }

    private void prune() {
        Instant now = clock.instant();
        byId.values().removeIf(session -> expired(session, now));
        if (byId.size() >= MOST) {
            byId.values().removeIf(session -> !session.loggedIn());
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
