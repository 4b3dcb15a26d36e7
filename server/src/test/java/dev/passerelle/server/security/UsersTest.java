package dev.passerelle.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Users: what a refused password costs, whether or not its name exists. */
class UsersTest {

    private final Users users = Users.builder().add("crm", "right", Role.SYNC).build();

    @Test
    void aKnownAndAnUnknownNameAreRefusedTheSame() {
        assertThat(users.authenticate("crm", "wrong")).isEmpty();
        assertThat(users.authenticate("nobody", "wrong")).isEmpty();
        assertThat(users.authenticate("crm", "right")).isPresent();
    }

    /*
     * Refusal time is compared by the work done, not by wall time: the CPU time of the thread that
     * checks, which other load on the machine does not inflate. Without the stand-in hash, an unknown
     * name costs a map lookup (microseconds) against a PBKDF2 derivation (tens of milliseconds), so
     * half is a margin no noise comes near. The median of several checks, after a warm-up, leaves the
     * compiler's first passes out.
     */
    @Test
    void anUnknownNameCostsAsMuchHashingAsAKnownNamesWrongPassword() {
        long known = medianCpuNanos(() -> users.authenticate("crm", "wrong"));
        long unknown = medianCpuNanos(() -> users.authenticate("nobody", "wrong"));

        assertThat(unknown).isGreaterThan(known / 2);
    }

    @Test
    void aRefusalDecidedBeforehandCostsAsMuchHashingToo() {
        long known = medianCpuNanos(() -> users.authenticate("crm", "wrong"));
        long decided = medianCpuNanos(() -> users.refuseAfterCheck("wrong"));

        assertThat(decided).isGreaterThan(known / 2);
    }

    private static long medianCpuNanos(Runnable check) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isCurrentThreadCpuTimeSupported(), "thread CPU time is not measurable on this JVM");
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            check.run();
        }
        long[] nanos = new long[5];
        for (int run = 0; run < nanos.length; run++) {
            long start = threads.getCurrentThreadCpuTime();
            check.run();
            nanos[run] = threads.getCurrentThreadCpuTime() - start;
        }
        Arrays.sort(nanos);
        return nanos[nanos.length / 2];
    }
}
