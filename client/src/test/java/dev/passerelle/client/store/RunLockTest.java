package dev.passerelle.client.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passerelle.client.run.EngineException;
import dev.passerelle.common.db.DatabaseSettings;
import dev.passerelle.common.db.H2Urls;
import dev.passerelle.common.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RunLockTest {

    private static final Duration LEASE = Duration.ofSeconds(30);

    /** The engine's own clock, far from the database's: lease times must not come from it. */
    private final MutableClock engineClock = new MutableClock(Instant.parse("1999-01-01T00:00:00Z"));
    private final ProcessIdentity here = ProcessIdentity.current();
    private CrmStore store;
    private RunLock locks;

    @BeforeEach
    void open() {
        store = CrmStore.open(DatabaseSettings.of(H2Urls.memory("lock-" + UUID.randomUUID())), engineClock);
        locks = new RunLock(store, LEASE);
    }

    @AfterEach
    void close() {
        locks.close();
        store.close();
    }

    @Test
    void secondRunOfTheSameIntegrationIsRefusedNamingTheHoldingProcess() {
        try (RunLock.Held first = locks.acquire("main", "delta run")) {
            assertThatThrownBy(() -> locks.acquire("main", "resync"))
                    .isInstanceOf(EngineException.Busy.class)
                    .hasMessageContaining("process " + here.pid() + " on " + here.host() + " (delta run), since ");
            try (RunLock.Held other = locks.acquire("other", "delta run")) {
                assertThat(locks.holder("other")).isPresent();
            }
        }
        try (RunLock.Held again = locks.acquire("main", "resync")) {
            assertThat(locks.holder("main")).get().extracting(holder -> holder.describe()).asString().contains("(resync)");
        }
        assertThat(locks.holder("main")).isEmpty();
    }

    @Test
    void leaseTimesComeFromTheDatabaseClockNotTheEngines() {
        try (RunLock.Held held = locks.acquire("main", "delta run")) {
            LocalDateTime databaseNow = databaseNow();
            assertThat(leaseUntil()).isBetween(databaseNow.plusSeconds(25), databaseNow.plusSeconds(31));
        }
    }

    @Test
    void heartbeatMovesTheLeaseOn() throws InterruptedException {
        try (RunLock.Held held = locks.acquire("main", "delta run")) {
            LocalDateTime first = leaseUntil();
            Thread.sleep(20);
            held.beat();
            assertThat(leaseUntil()).isAfter(first);
            held.check();
        }
    }

    @Test
    void aHolderOnAnotherMachineWhoseLeaseRanOutIsTakenOverAndLearnsItLostTheLock() {
        RunLock elsewhere = new RunLock(store, LEASE, new ProcessIdentity("other-machine", here.pid()));
        RunLock.Held abandoned = elsewhere.acquire("main", "delta run");
        assertThatThrownBy(() -> locks.acquire("main", "delta run")).isInstanceOf(EngineException.Busy.class)
                .hasMessageContaining("on other-machine");

        store.jdbi().useHandle(handle -> handle.execute("UPDATE run_lock SET lease_until = DATEADD(SECOND, -1, GETDATE())"));
        try (RunLock.Held next = locks.acquire("main", "delta run")) {
            assertThat(locks.holder("main")).get().extracting(RunLock.Holder::host).isEqualTo(here.host());
            abandoned.beat();
            assertThatThrownBy(abandoned::check).isInstanceOf(EngineException.class).hasMessageContaining("lost");
        }
        elsewhere.close();
    }

    @Test
    void aHolderOnThisMachineWhoseProcessIsGoneIsTakenOverAtOnce() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        RunLock killed = new RunLock(store, LEASE, new ProcessIdentity(here.host(), finished.pid()));
        killed.acquire("main", "delta run");
        killed.close(); // its heartbeat stops, as the process's would

        try (RunLock.Held next = locks.acquire("main", "delta run")) {
            assertThat(locks.holder("main")).get().extracting(RunLock.Holder::pid).isEqualTo(here.pid());
        }
    }

    @Test
    void aHolderOnThisMachineWhoseProcessStillRunsKeepsTheLock() {
        RunLock sibling = new RunLock(store, LEASE, new ProcessIdentity(here.host(), ProcessHandle.current().pid()));
        try (RunLock.Held held = sibling.acquire("main", "watch")) {
            assertThatThrownBy(() -> locks.acquire("main", "delta run")).isInstanceOf(EngineException.Busy.class);
        }
        sibling.close();
    }

    @Test
    void stopAllAsksEveryHolderToStopAndWaitsForItsRelease() {
        RunLock.Held held = locks.acquire("main", "delta run");
        CompletableFuture<Boolean> stopped = CompletableFuture.supplyAsync(
                () -> locks.stopAll("the process received SIGTERM", Duration.ofSeconds(10)));

        assertThatThrownBy(() -> {
            while (true) {
                held.check();
                Thread.onSpinWait();
            }
        }).isInstanceOf(EngineException.Interrupted.class).hasMessageContaining("SIGTERM");
        held.close();
        assertThat(stopped.join()).isTrue();
        assertThat(locks.holder("main")).isEmpty();
    }

    private LocalDateTime leaseUntil() {
        return store.jdbi().withHandle(handle -> handle.createQuery("SELECT lease_until FROM run_lock WHERE integration = N'main'")
                .mapTo(LocalDateTime.class).one());
    }

    private LocalDateTime databaseNow() {
        return store.jdbi().withHandle(handle -> handle.createQuery("SELECT GETDATE()").mapTo(LocalDateTime.class).one());
    }
}
