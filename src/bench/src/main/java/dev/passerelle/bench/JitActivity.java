package dev.passerelle.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * How busy the JIT compiler has been: the time its threads spent compiling since the JVM started, as
 * the JVM reports it. A warm-up is over when a round of work keeps the compiler nearly idle: the
 * code the round runs is compiled and further rounds would measure the same code.
 */
final class JitActivity {

    private JitActivity() {
    }

    /** Milliseconds the JIT compiler has spent compiling so far; -1 when the JVM does not say. */
    static long millis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
    }

    /** Milliseconds the compiler spent compiling since {@code before} (a value of {@link #millis()}); -1 when unknown. */
    static long since(long before) {
        long now = millis();
        return before < 0 || now < 0 ? -1 : now - before;
    }

    /**
     * The share of {@code wallNanos} the compiler spent compiling since {@code before} (a value of
     * {@link #millis()}); it can exceed 1 with several compiler threads. -1 when unknown.
     */
    static double shareSince(long before, long wallNanos) {
        long compiling = since(before);
        return compiling < 0 || wallNanos <= 0 ? -1 : compiling * 1e6 / wallNanos;
    }
}
