package dev.passerelle.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.ErpFixture;
import dev.passerelle.client.ForwardingTransport;
import dev.passerelle.client.TestEngines;
import dev.passerelle.client.config.EngineSettings;
import dev.passerelle.client.config.IntegrationSettings;
import dev.passerelle.client.connection.TransportFactory;
import dev.passerelle.client.run.Direction;
import dev.passerelle.client.run.RunMode;
import dev.passerelle.client.run.RunReport;
import dev.passerelle.client.run.RunStatus;
import dev.passerelle.client.transport.ErpTransport;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.GetChangesResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A first sync that dies half-way through an entity (the ERP connection drops after a few pages,
 * on the run's thread or on the thread that pulls addresses alongside contacts) keeps the pages it
 * committed, and the next run completes it: nothing lost, nothing duplicated.
 */
class InterruptedFirstSyncTest {

    /** The real transport, except that GetChanges of one entity fails once, on its n-th page. */
    private static final class DroppingTransport extends ForwardingTransport {
        private final EntityType entity;
        private final int failingPage;
        private final AtomicInteger pages = new AtomicInteger();
        private final AtomicBoolean dropped;

        DroppingTransport(ErpTransport real, EntityType entity, int failingPage, AtomicBoolean dropped) {
            super(real);
            this.entity = entity;
            this.failingPage = failingPage;
            this.dropped = dropped;
        }

        @Override
        public GetChangesResponse changes(EntityType requested, String token, int pageSize) {
            if (requested == entity && pages.incrementAndGet() == failingPage && dropped.compareAndSet(false, true)) {
                throw new IllegalStateException("connection reset while reading " + requested);
            }
            return real.changes(requested, token, pageSize);
        }
    }

    private ErpFixture fixture;

    @BeforeEach
    void start() {
        fixture = ErpFixture.start(60, options -> options.withPaging(25, 50));
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void contactsDroppedOnTheRunThreadAreCompletedByTheNextRun() {
        convergesAfterDrop(EntityType.CONTACT, 3);
    }

    @Test
    void addressesDroppedOnTheHelperThreadAreCompletedByTheNextRun() {
        convergesAfterDrop(EntityType.DELIVERY_ADDRESS, 2);
    }

    @Test
    void accountsDroppedHalfWayAreCompletedByTheNextRun() {
        convergesAfterDrop(EntityType.ACCOUNT, 2);
    }

    private void convergesAfterDrop(EntityType entity, int failingPage) {
        IntegrationSettings integration = fixture.engine.settings().integration("main");
        AtomicBoolean dropped = new AtomicBoolean();
        TransportFactory dropping = options -> new DroppingTransport(TransportFactory.soap().open(options), entity,
                failingPage, dropped);
        try (CrmEngine engine = CrmEngine.open(EngineSettings.of(TestEngines.freshStore(), integration),
                Clock.systemUTC(), dropping)) {
            RunReport failed = engine.run("main", RunMode.DELTA);
            Map<String, Long> afterFailure = counts(engine);

            RunReport completed = engine.run("main", RunMode.DELTA);

            assertThat(dropped).isTrue();
            assertThat(failed.status()).isEqualTo(RunStatus.FAILURE);
            assertThat(failed.errors().toString()).contains("connection reset");
            assertThat(afterFailure.get(table(entity))).as("pages committed before the drop stay")
                    .isPositive().isLessThan(erpCount(entity));
            assertThat(completed.status()).as(completed.errors().toString()).isEqualTo(RunStatus.SUCCESS);
            long accounts = fixture.erpCount("SELECT COUNT(*) FROM account");
            long contacts = fixture.erpCount("SELECT COUNT(*) FROM contact");
            long addresses = fixture.erpCount("SELECT COUNT(*) FROM delivery_address");
            Map<String, Long> crm = counts(engine);
            assertThat(crm).containsEntry("account", accounts).containsEntry("company", accounts)
                    .containsEntry("contact", contacts).containsEntry("address", addresses);
            assertThat(crm.get("identity_map")).isEqualTo(accounts + contacts + addresses);
            assertThat(completed.count(entity.value(), Direction.ERP_TO_CRM, "inserted") + afterFailure.get(table(entity)))
                    .isEqualTo(erpCount(entity));
            long accountsWithContacts = count(engine, "SELECT COUNT(DISTINCT account_id) FROM contact");
            assertThat(count(engine, "SELECT COUNT(*) FROM contact WHERE is_primary = 1")).isEqualTo(accountsWithContacts);
            for (String table : List.of("contact", "account")) { // the same table names on both sides
                for (String column : List.of("phone_main", "phone_mobile", "email_main")) {
                    String withValue = "SELECT COUNT(*) FROM " + table + " WHERE " + column + " IS NOT NULL";
                    assertThat(count(engine, withValue)).as(table + "s with " + column)
                            .isEqualTo(fixture.erpCount(withValue)).isPositive();
                }
            }
        }
    }

    private long erpCount(EntityType entity) {
        return fixture.erpCount("SELECT COUNT(*) FROM " + (entity == EntityType.DELIVERY_ADDRESS ? "delivery_address"
                : entity.value().toLowerCase()));
    }

    private static String table(EntityType entity) {
        return entity == EntityType.DELIVERY_ADDRESS ? "address" : entity.value().toLowerCase();
    }

    private static Map<String, Long> counts(CrmEngine engine) {
        Map<String, Long> counts = new ConcurrentHashMap<>();
        for (String table : List.of("account", "company", "contact", "address", "identity_map")) {
            counts.put(table, count(engine, "SELECT COUNT(*) FROM " + table));
        }
        return counts;
    }

    private static long count(CrmEngine engine, String sql) {
        return engine.store().jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }
}
