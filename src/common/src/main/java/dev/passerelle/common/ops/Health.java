package dev.passerelle.common.ops;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code GET /health} answers: HTTP 200 when healthy, 503 otherwise, with a JSON body whose
 * {@code status} says why, and a {@code Retry-After} when the program knows when to ask again.
 * Immutable.
 */
public record Health(boolean healthy, Map<String, Object> body, Optional<Duration> retryAfter) {

    public static final String CONTENT_TYPE = "application/json; charset=utf-8";

    public Health {
        body = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(body));
    }

    public int httpStatus() {
        return healthy ? 200 : 503;
    }

    public String json() {
        return JsonText.of(body);
    }
}
