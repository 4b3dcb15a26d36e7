package dev.passerelle.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.ErpFixture;
import dev.passerelle.client.ForwardingTransport;
import dev.passerelle.client.TestEngines;
import dev.passerelle.client.config.EngineSettings;
import dev.passerelle.client.config.IntegrationSettings;
import dev.passerelle.client.connection.TransportFactory;
import dev.passerelle.client.run.RunMode;
import dev.passerelle.client.run.RunStatus;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.GetChangesResponse;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Addresses are read on a helper thread beside contacts only when both are read from the start; a
 * run that goes on from saved tokens reads them one after the other on the run's own thread (a
 * later page of a long read may come from the prefetch thread either way).
 */
class PullerThreadsTest {

    private final Set<String> addressThreads = ConcurrentHashMap.newKeySet();
    private ErpFixture fixture;

    @BeforeEach
    void start() {
        fixture = ErpFixture.start(20, options -> options.withPaging(25, 50));
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void addressesGoAlongsideContactsOnlyWhenBothAreReadFromTheStart() {
        IntegrationSettings integration = fixture.engine.settings().integration("main");
        TransportFactory recording = options -> new ForwardingTransport(TransportFactory.soap().open(options)) {
            @Override
            public GetChangesResponse changes(EntityType entity, String token, int pageSize) {
                if (entity == EntityType.DELIVERY_ADDRESS) {
                    addressThreads.add(Thread.currentThread().getName());
                }
                return real.changes(entity, token, pageSize);
            }
        };
        try (CrmEngine engine = CrmEngine.open(EngineSettings.of(TestEngines.freshStore(), integration),
                Clock.systemUTC(), recording)) {
            assertThat(engine.run("main", RunMode.DELTA).status()).isEqualTo(RunStatus.SUCCESS);
            assertThat(addressThreads).as("first sync").contains("pull-DELIVERY_ADDRESS");

            addressThreads.clear();
            // an ERP change: otherwise the next run finds the change horizon unmoved and reads nothing
            fixture.erpSql().useHandle(handle -> handle.execute(
                    "UPDATE account SET website = 'https://moved.example' WHERE id = (SELECT MIN(id) FROM account)"));
            assertThat(engine.run("main", RunMode.DELTA).status()).isEqualTo(RunStatus.SUCCESS);
            assertThat(addressThreads).as("run from saved tokens").containsExactly(Thread.currentThread().getName());

            addressThreads.clear();
            assertThat(engine.run("main", RunMode.RESYNC_ALL).status()).isEqualTo(RunStatus.SUCCESS);
            assertThat(addressThreads).as("resync").contains("pull-DELIVERY_ADDRESS");
        }
    }
}
