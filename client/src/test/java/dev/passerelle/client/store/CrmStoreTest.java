package dev.passerelle.client.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passerelle.common.db.DatabaseSettings;
import dev.passerelle.common.db.H2Urls;
import dev.passerelle.common.testing.MutableClock;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CrmStoreTest {

    private final MutableClock clock = MutableClock.systemNow();
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
    void idsAreNeverHandedOutTwice() {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 2_500; i++) {
            assertThat(seen.add(store.ids().next())).isTrue();
        }
    }

    @Test
    void aProcessThatKeepsAskingReservesLargerBlocks() {
        for (int i = 0; i < 3_001; i++) { // blocks of 1,000 and 2,000, then one more id
            store.ids().next();
        }

        long reserved = store.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT next_id FROM id_block WHERE name = N'record'").mapTo(Long.class).one());
        assertThat(reserved).as("the third block holds 4,000 ids").isEqualTo(1 + 1_000 + 2_000 + 4_000);
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
