package dev.passerelle.server.changes;

import dev.passerelle.contract.v1.EntityType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * A position in the change stream of one entity: either in a snapshot (every row with an id above
 * {@code afterId}, then every change after {@code version}) or in the delta (every change after
 * {@code version}). Immutable; one encoder and one decoder, opaque to clients.
 */
record ChangeToken(EntityType entity, boolean snapshot, long version, long afterId) {

    private static final String FORMAT = "p1";

    static ChangeToken delta(EntityType entity, long version) {
        return new ChangeToken(entity, false, version, 0);
    }

    static ChangeToken snapshot(EntityType entity, long horizon, long afterId) {
        return new ChangeToken(entity, true, horizon, afterId);
    }

    String encode() {
        String text = String.join(":", FORMAT, entity.name(), snapshot ? "s" : "d", Long.toString(version), Long.toString(afterId));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The token, or empty when the text is not a token of this endpoint. */
    static Optional<ChangeToken> decode(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = text.split(":");
            if (parts.length != 5 || !parts[0].equals(FORMAT) || !(parts[2].equals("s") || parts[2].equals("d"))) {
                return Optional.empty();
            }
            long version = Long.parseLong(parts[3]);
            long afterId = Long.parseLong(parts[4]);
            if (version < 0 || afterId < 0) {
                return Optional.empty();
            }
            return Optional.of(new ChangeToken(EntityType.valueOf(parts[1]), parts[2].equals("s"), version, afterId));
        } catch (IllegalArgumentException notAToken) {
            return Optional.empty();
        }
    }
}
