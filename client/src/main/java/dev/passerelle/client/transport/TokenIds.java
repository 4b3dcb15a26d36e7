package dev.passerelle.client.transport;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.wss4j.dom.WsuIdAllocator;
import org.apache.wss4j.dom.engine.WSSConfig;

/**
 * The wsu:Id of the UsernameToken in each request: a random base drawn once per transport and a
 * counter, unique within the process, so no two messages carry the same id. WSS4J's default draws a
 * new random UUID for each id, from one SecureRandom that all calling threads share; nothing signs
 * or refers to the token by its id, so it only has to be unique. Ids asked to be unpredictable
 * ({@link #createSecureId}) still come from WSS4J's default. Thread-safe.
 */
final class TokenIds implements WsuIdAllocator {

    private final String base = UUID.randomUUID().toString();
    private final AtomicLong next = new AtomicLong();

    @Override
    public String createId(String prefix, Object target) {
        // An xsd:ID may not begin with a digit, as the base may: without a prefix, "_" as WSS4J's default.
        return (prefix == null ? "_" : prefix) + base + "-" + next.incrementAndGet();
    }

    @Override
    public String createSecureId(String prefix, Object target) {
        return WSSConfig.DEFAULT_ID_ALLOCATOR.createSecureId(prefix, target);
    }
}
