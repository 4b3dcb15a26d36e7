package dev.passerelle.client.transport;

import java.time.Duration;

/**
 * Retries a call to the ERP when it fails with a retriable {@link ErpException} (unavailable,
 * time-out, a transient failure on the way), waiting longer each time or as long as the ERP asked,
 * at most {@code attempts} calls in all. Other failures surface at once. Every call of the contract
 * is idempotent, so a call that may have reached the ERP is safe to make again. Immutable; the sleeper is injected so that tests need not wait.
 */
public final class Backoff {

    /** Waits; tests pass one that records instead. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final int attempts;
    private final Duration base;
    private final Duration max;
    private final Sleeper sleeper;

    public Backoff(int attempts, Duration base, Duration max, Sleeper sleeper) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        this.attempts = attempts;
        this.base = base;
        this.max = max;
        this.sleeper = sleeper;
    }

    public static Backoff standard(int attempts) {
        return new Backoff(attempts, Duration.ofMillis(500), Duration.ofSeconds(30), duration -> Thread.sleep(duration.toMillis()));
    }

    /** A call to the ERP. */
    @FunctionalInterface
    public interface Call<T> {
        T call() throws Exception;
    }

    public <T> T run(Call<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.call();
            } catch (Exception failure) {
                ErpException mapped = FaultMapper.map(failure);
                if (!mapped.retriable() || attempt >= attempts) {
                    throw mapped;
                }
                wait(delay(attempt, mapped));
            }
        }
    }

    Duration delay(int attempt, ErpException failure) {
        Duration exponential = base.multipliedBy(1L << Math.min(attempt - 1, 16));
        Duration asked = failure instanceof ErpException.Unavailable unavailable ? unavailable.retryAfter()
                : failure instanceof ErpException.Transient transientFailure ? transientFailure.retryAfter() : Duration.ZERO;
        if (asked.compareTo(exponential) > 0) {
            exponential = asked;
        }
        return exponential.compareTo(max) > 0 ? max : exponential;
    }

    private void wait(Duration duration) {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ErpException.Failure("interrupted while waiting to retry", interrupted);
        }
    }
}
