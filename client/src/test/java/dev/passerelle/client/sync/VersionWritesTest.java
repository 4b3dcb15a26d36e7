package dev.passerelle.client.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passerelle.client.TestEngines;
import dev.passerelle.client.identity.Identity;
import dev.passerelle.client.identity.IdentityMap;
import dev.passerelle.client.identity.IdentityRows;
import dev.passerelle.client.store.CrmStore;
import dev.passerelle.client.store.OutboxEntry;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The versions an answered batch gives to known records are written together before the batch
 * commits: what the batch itself reads meanwhile is the latest version, a record answered twice is
 * written at its last version, and a batch that never commits writes none.
 */
class VersionWritesTest {

    private static final String INTEGRATION = "main";

    private CrmStore store;

    @BeforeEach
    void open() {
        store = CrmStore.open(TestEngines.freshStore(), Clock.systemUTC());
        store.jdbi().useTransaction(handle -> IdentityRows.insert(handle, INTEGRATION, "ACCOUNT", List.of("41", "42"),
                List.of(1001L, 1002L), List.of(3L, 3L)));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aRecordAnsweredTwiceInOneBatchIsReadAndWrittenAtItsLatestVersion() {
        store.jdbi().useTransaction(handle -> {
            BatchReads reads = batchOf(handle, entry(1, 1001), entry(2, 1001), entry(3, 1002));

            reads.versions().put("ACCOUNT", "41", 5);
            assertThat(reads.byCrmId("ACCOUNT", 1001)).map(Identity::erpVersion).contains(5L);
            reads.versions().put("ACCOUNT", "41", 7);
            reads.versions().put("ACCOUNT", "42", 6);
            assertThat(reads.byCrmId("ACCOUNT", 1001)).map(Identity::erpVersion).contains(7L);
            assertThat(reads.byCrmId("ACCOUNT", 1002)).map(Identity::erpVersion).contains(6L);
            assertThat(versionIn(handle, "41")).as("not written before the flush").isEqualTo(3);

            reads.versions().flush(handle);
        });

        assertThat(committedVersion("41")).isEqualTo(7);
        assertThat(committedVersion("42")).isEqualTo(6);
    }

    @Test
    void aBatchThatNeverCommitsWritesNoVersion() {
        assertThatThrownBy(() -> store.jdbi().useTransaction(handle -> {
            BatchReads reads = batchOf(handle, entry(1, 1001), entry(2, 1002));
            reads.versions().put("ACCOUNT", "41", 9);
            reads.versions().put("ACCOUNT", "42", 9);
            reads.versions().flush(handle);
            throw new IllegalStateException("the run is killed before the batch commits");
        })).hasMessageContaining("killed");

        assertThat(committedVersion("41")).isEqualTo(3);
        assertThat(committedVersion("42")).isEqualTo(3);
    }

    @Test
    void aRecordRemovedAfterItsVersionWasPutIsNotWrittenBack() {
        store.jdbi().useTransaction(handle -> {
            BatchReads reads = batchOf(handle, entry(1, 1001), entry(2, 1001));
            reads.versions().put("ACCOUNT", "41", 5);
            reads.map().remove(INTEGRATION, "ACCOUNT", "41");
            reads.versions().forget("ACCOUNT", "41");
            reads.map().insert(INTEGRATION, "ACCOUNT", "41", 1001, 11);

            reads.versions().flush(handle);
        });

        assertThat(committedVersion("41")).isEqualTo(11);
    }

    private static BatchReads batchOf(Handle handle, OutboxEntry... entries) {
        return new BatchReads(handle, handle.attach(IdentityMap.class), INTEGRATION, List.of(entries), Map.of());
    }

    private static OutboxEntry entry(long id, long crmId) {
        return new OutboxEntry(id, INTEGRATION, "ACCOUNT", crmId, "UPDATE", null, "batch-1", "ref-" + id, Map.of());
    }

    private long committedVersion(String erpKey) {
        return store.jdbi().withHandle(handle -> versionIn(handle, erpKey));
    }

    private static long versionIn(Handle handle, String erpKey) {
        return handle.createQuery("SELECT erp_version FROM identity_map WHERE integration = :integration"
                        + " AND entity = N'ACCOUNT' AND erp_key = :key")
                .bind("integration", INTEGRATION).bind("key", erpKey).mapTo(Long.class).one();
    }
}
