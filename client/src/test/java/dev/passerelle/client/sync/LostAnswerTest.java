package dev.passerelle.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.EngineSettings;
import dev.passerelle.client.ErpFixture;
import dev.passerelle.client.ForwardingTransport;
import dev.passerelle.client.IntegrationSettings;
import dev.passerelle.client.NewCompany;
import dev.passerelle.client.RunMode;
import dev.passerelle.client.RunReport;
import dev.passerelle.client.RunStatus;
import dev.passerelle.client.TestEngines;
import dev.passerelle.client.TransportFactory;
import dev.passerelle.client.transport.ErpTransport;
import dev.passerelle.contract.v1.ApplyChangesResponse;
import dev.passerelle.contract.v1.ApplyRecord;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A batch whose answer is lost on the way back (the ERP applied it, the connection dropped) is sent
 * again with the same batch id, and the ERP applies nothing twice.
 */
class LostAnswerTest {

    /** The real transport, except that the answer of the first ApplyChanges is lost after the ERP applied it. */
    private static final class LosingFirstAnswer extends ForwardingTransport {
        private final List<String> batchIds = new ArrayList<>();

        LosingFirstAnswer(ErpTransport real) {
            super(real);
        }

        @Override
        public ApplyChangesResponse apply(String batchId, List<ApplyRecord> records) {
            ApplyChangesResponse answer = real.apply(batchId, records);
            batchIds.add(batchId);
            if (batchIds.size() == 1) {
                throw new IllegalStateException("connection reset while reading the answer");
            }
            return answer;
        }
    }

    @Test
    void failedBatchIsResentWithTheSameIdAndAppliedOnce() {
        try (ErpFixture fixture = ErpFixture.start(5)) {
            IntegrationSettings integration = fixture.engine.settings().integration("main");
            List<LosingFirstAnswer> transports = new ArrayList<>();
            TransportFactory losing = options -> {
                LosingFirstAnswer transport = new LosingFirstAnswer(TransportFactory.soap().open(options));
                transports.add(transport);
                return transport;
            };
            try (CrmEngine engine = CrmEngine.open(EngineSettings.of(TestEngines.freshStore(), integration),
                    Clock.systemUTC(), losing)) {
                engine.run("main", RunMode.DELTA);
                long company = engine.edits().createCompany(NewCompany.of("Une Fois Seulement", null));
                engine.edits().createAccount(null, company, "main", null);
                long erpAccounts = fixture.erpCount("SELECT COUNT(*) FROM account");

                RunReport failed = engine.run("main", RunMode.DELTA);
                RunReport resent = engine.run("main", RunMode.DELTA);

                assertThat(failed.status()).isEqualTo(RunStatus.FAILURE);
                assertThat(resent.status()).as(resent.errors().toString()).isIn(RunStatus.SUCCESS, RunStatus.WARNING);
                List<String> ids = transports.get(0).batchIds;
                assertThat(ids).hasSize(2);
                assertThat(ids.get(1)).isEqualTo(ids.get(0));
                assertThat(fixture.erpCount("SELECT COUNT(*) FROM account")).isEqualTo(erpAccounts + 1);
                assertThat(resent.keysReturned()).singleElement().satisfies(key -> assertThat(key.erpKey()).isNotBlank());
                long outbox = engine.store().jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM outbox")
                        .mapTo(Long.class).one());
                assertThat(outbox).isZero();
            }
        }
    }
}
