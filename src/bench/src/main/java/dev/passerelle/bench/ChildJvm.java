package dev.passerelle.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM of the benchmark (a memory run, a run of a repeated benchmark), started from a
 * {@link dev.passerelle.bench.jvm.JavaCommand}, waited for within a time limit. A child that overruns it, or whose wait is interrupted,
 * is killed and waited for, so that its folder can be deleted after it.
 */
final class ChildJvm {

    private ChildJvm() {
    }

    /** Runs the child to its end and returns its exit code; {@code what} names it in a failure. */
    static int run(ProcessBuilder builder, Duration limit, String what) {
        Process child;
        try {
            child = builder.start();
        } catch (IOException failure) {
            throw new BenchFailure("could not start " + what + ": " + failure.getMessage());
        }
        try {
            if (!child.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new BenchFailure(what + " took over "
                        + (limit.toMinutes() >= 1 ? limit.toMinutes() + " min" : limit.toSeconds() + " s"));
            }
            return child.exitValue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted during " + what);
        } finally {
            if (child.isAlive()) {
                child.destroyForcibly();
                try {
                    child.waitFor(1, TimeUnit.MINUTES);
                } catch (InterruptedException again) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
