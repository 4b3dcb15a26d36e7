package dev.passerelle.server.endpoint;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The maintenance ("disconnect") switch of one endpoint: while on, every operation but
 * GetServiceInfo answers the unavailable fault with the retry-after delay. Thread-safe.
 */
public final class Maintenance {

    private final AtomicBoolean on = new AtomicBoolean();
    private final Duration retryAfter;

    public Maintenance(Duration retryAfter) {
        this.retryAfter = retryAfter;
    }

    public void set(boolean value) {
        on.set(value);
    }

    public boolean isOn() {
        return on.get();
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
