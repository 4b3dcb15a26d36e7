package dev.passerelle.client.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.client.TestEngines;
import dev.passerelle.client.store.CrmStore;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The look at an integration's outbox on a real store, its entries written by SQL as a CRM's own code
 * writes them: only entries added since the last look ring, each once, and only the integration's own.
 */
class OutboxLookTest {

    private static final Duration PERIOD = Duration.ofMillis(50);

    private CrmStore store;
    private final AtomicInteger rings = new AtomicInteger();

    @BeforeEach
    void open() {
        store = CrmStore.open(TestEngines.freshStore(), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void ringsOnceForEachLookThatFindsNewEntriesOfItsIntegration() throws InterruptedException {
        write("main", 1);
        try (OutboxLook ignored = OutboxLook.start("main", store.jdbi(), PERIOD, rings::incrementAndGet)) {
            settle();
            assertThat(rings).as("an entry written before the look began is the first turn's").hasValue(0);

            write("main", 2);
            awaitRings(1);
            settle();
            assertThat(rings).as("entries still waiting in the outbox wake nothing again").hasValue(1);

            write("other", 3);
            settle();
            assertThat(rings).as("another integration's entry").hasValue(1);

            store.jdbi().useHandle(handle -> handle.execute("DELETE FROM outbox"));
            write("main", 4);
            awaitRings(2);
        }
        write("main", 5);
        settle();
        assertThat(rings).as("closed, the look rings no more").hasValue(2);
    }

    @Test
    void aStoreThatCannotBeReadIsLookedAtAgainLater() throws InterruptedException {
        try (OutboxLook ignored = OutboxLook.start("main", store.jdbi(), PERIOD, rings::incrementAndGet)) {
            store.jdbi().useHandle(handle -> handle.execute("ALTER TABLE outbox RENAME TO outbox_away"));
            settle();
            store.jdbi().useHandle(handle -> handle.execute("ALTER TABLE outbox_away RENAME TO outbox"));
            write("main", 1);
            awaitRings(1);
        }
    }

    private void write(String integration, long crmId) {
        store.jdbi().useHandle(handle -> handle.execute("INSERT INTO outbox (integration, entity, crm_id, operation, state,"
                + " created_at, updated_at) VALUES (?, N'ACCOUNT', ?, N'UPDATE', N'PENDING', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                integration, crmId));
    }

    /** Lets ten looks pass. */
    private static void settle() throws InterruptedException {
        Thread.sleep(PERIOD.toMillis() * 10);
    }

    private void awaitRings(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (rings.get() < expected && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(rings).hasValue(expected);
    }
}
