package dev.passerelle.client.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passerelle.client.EngineException;
import dev.passerelle.client.MutableClock;
import dev.passerelle.common.db.DatabaseSettings;
import dev.passerelle.common.db.H2Urls;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CrmStoreTest {

    private final MutableClock clock = MutableClock.systemStart();
    private CrmStore store;

    @BeforeEach
    void open() {
        store = CrmStore.open(DatabaseSettings.of(H2Urls.memory("crm-" + UUID.randomUUID())), clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void secondRunOfTheSameIntegrationIsRefusedWhileTheFirstHoldsTheLock() {
        RunLock locks = new RunLock(store, Duration.ofMinutes(5));
        try (RunLock.Held first = locks.acquire("main", "first")) {
            assertThatThrownBy(() -> locks.acquire("main", "second"))
                    .isInstanceOf(EngineException.Busy.class).hasMessageContaining("first");
            try (RunLock.Held other = locks.acquire("other", "second")) {
                assertThat(locks.holder("other")).isPresent();
            }
        }
        try (RunLock.Held again = locks.acquire("main", "second")) {
            assertThat(locks.holder("main")).get().asString().startsWith("second");
        }
    }

    @Test
    void killedRunNoLongerBlocksOnceItsLeaseRunsOut() {
        RunLock locks = new RunLock(store, Duration.ofMinutes(5));
        RunLock.Held abandoned = locks.acquire("main", "killed");
        clock.advance(Duration.ofMinutes(6));

        try (RunLock.Held next = locks.acquire("main", "next")) {
            assertThat(locks.holder("main")).get().asString().startsWith("next");
        }
        assertThatThrownBy(abandoned::renew).isInstanceOf(EngineException.class).hasMessageContaining("lost");
    }

    @Test
    void leaseIsWrittenAgainOnlyOnceATenthOfItHasPassed() {
        RunLock locks = new RunLock(store, Duration.ofMinutes(5));
        try (RunLock.Held held = locks.acquire("main", "run")) {
            LocalDateTime acquired = leaseUntil("main");
            clock.advance(Duration.ofSeconds(29));
            held.renew();
            assertThat(leaseUntil("main")).isEqualTo(acquired);

            clock.advance(Duration.ofSeconds(2));
            held.renew();
            assertThat(leaseUntil("main")).isEqualTo(acquired.plusSeconds(31));
        }
    }

    private LocalDateTime leaseUntil(String integration) {
        return store.jdbi().withHandle(handle -> handle.createQuery("SELECT lease_until FROM run_lock WHERE integration = :i")
                .bind("i", integration).mapTo(LocalDateTime.class).one());
    }

    @Test
    void idsAreNeverHandedOutTwice() {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 2_500; i++) {
            assertThat(seen.add(store.ids().next())).isTrue();
        }
    }

    @Test
    void idBlockIsReservedAndCommittedOutsideTheCallersTransaction() {
        assertThatThrownBy(() -> store.jdbi().useTransaction(handle -> {
            handle.createUpdate("INSERT INTO crm_user (login, display_name) VALUES (N'page', N'Page')").execute();
            store.ids().next();
            throw new IllegalStateException("page failed");
        })).hasMessage("page failed");

        long reserved = store.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT next_id FROM id_block WHERE name = N'record'").mapTo(Long.class).one());
        long users = store.jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM crm_user")
                .mapTo(Long.class).one());
        assertThat(users).as("the page itself rolled back").isZero();
        assertThat(reserved).as("the block stays reserved: no other writer waited for the page").isEqualTo(1_001);
        assertThat(store.ids().next()).isEqualTo(2);
    }

    @Test
    void cursorIsSavedAndReplaced() {
        store.jdbi().useExtension(Cursors.class, cursors -> {
            cursors.save("main", "ACCOUNT", "t1", store.now());
            cursors.save("main", "ACCOUNT", "t2", store.now());
            assertThat(cursors.token("main", "ACCOUNT")).contains("t2");
            assertThat(cursors.token("main", "CONTACT")).isEmpty();
        });
    }
}
