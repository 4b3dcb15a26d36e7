package dev.passerelle.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for what another thread or the endpoint brings about, for a while at most. */
public final class Eventually {

    private static final Duration AT_MOST = Duration.ofSeconds(20);

    private Eventually() {
    }

    /** Until {@code condition} holds, looking every 20 ms; fails naming {@code what} after 20 s. */
    public static void until(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + AT_MOST.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }
}
