package dev.passerelle.client.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passerelle.client.run.ProgressListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Two pieces of a run side by side: both end before the caller goes on, failures of either surface. */
class AlongsideTest {

    @Test
    void bothRunAtTheSameTimeOnTwoThreads() {
        CountDownLatch bothStarted = new CountDownLatch(2);
        AtomicReference<String> helperThread = new AtomicReference<>();
        Runnable meet = () -> {
            bothStarted.countDown();
            try {
                assertThat(bothStarted.await(10, TimeUnit.SECONDS)).as("the other side runs meanwhile").isTrue();
            } catch (InterruptedException interrupted) {
                throw new IllegalStateException(interrupted);
            }
        };

        Alongside.run("pull-test", () -> {
            helperThread.set(Thread.currentThread().getName());
            meet.run();
        }, meet);

        assertThat(helperThread.get()).isEqualTo("pull-test");
    }

    @Test
    void aFailingCallerWaitsForTheHelperToEnd() {
        AtomicBoolean helperEnded = new AtomicBoolean();

        assertThatThrownBy(() -> Alongside.run("pull-test", () -> {
            sleep(300);
            helperEnded.set(true);
        }, () -> {
            throw new IllegalStateException("caller failed");
        })).hasMessage("caller failed");
        assertThat(helperEnded).isTrue();
    }

    @Test
    void theHelpersFailureIsThrownToTheCallerAndBothFailuresAreKept() {
        assertThatThrownBy(() -> Alongside.run("pull-test", () -> {
            throw new IllegalArgumentException("helper failed");
        }, () -> sleep(50))).isInstanceOf(IllegalArgumentException.class).hasMessage("helper failed");

        assertThatThrownBy(() -> Alongside.run("pull-test", () -> {
            throw new IllegalArgumentException("helper failed");
        }, () -> {
            throw new IllegalStateException("caller failed");
        })).hasMessage("caller failed").satisfies(failure ->
                assertThat(failure.getSuppressed()).singleElement().satisfies(other ->
                        assertThat(other).hasMessage("helper failed")));
    }

    @Test
    void sharedProgressShowsOnePhaseCountingBothEntities() {
        List<String> told = new ArrayList<>();
        ProgressListener target = new ProgressListener() {
            @Override
            public void phase(String name) {
                told.add("phase " + name);
            }

            @Override
            public void page(String entity, long records) {
                told.add(entity + " " + records);
            }
        };
        SharedProgress shared = new SharedProgress(target, List.of("DELIVERY_ADDRESS", "CONTACT")).begin();

        shared.phase("DELIVERY_ADDRESS");
        shared.phase("CONTACT");
        shared.page("CONTACT", 1000);
        shared.page("DELIVERY_ADDRESS", 1000);
        shared.page("CONTACT", 1500);

        assertThat(told).containsExactly("phase DELIVERY_ADDRESS + CONTACT", "DELIVERY_ADDRESS + CONTACT 1000",
                "DELIVERY_ADDRESS + CONTACT 2000", "DELIVERY_ADDRESS + CONTACT 2500");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            throw new IllegalStateException(interrupted);
        }
    }
}
