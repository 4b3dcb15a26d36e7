package dev.passerelle.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.ErpFixture;
import dev.passerelle.client.ForwardingTransport;
import dev.passerelle.client.TestEngines;
import dev.passerelle.client.config.EngineSettings;
import dev.passerelle.client.config.IntegrationSettings;
import dev.passerelle.client.connection.TransportFactory;
import dev.passerelle.client.edit.NewCompany;
import dev.passerelle.client.run.RunMode;
import dev.passerelle.client.run.RunReport;
import dev.passerelle.client.run.RunStatus;
import dev.passerelle.client.transport.ErpTransport;
import dev.passerelle.contract.v1.ApplyChangesResponse;
import dev.passerelle.contract.v1.ApplyRecord;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    @Test
    void anErpCopyMadeBeforeTheLostAnswerWasStoredIsMergedIntoTheSentRecord() {
        try (ErpFixture fixture = ErpFixture.start(5)) {
            IntegrationSettings integration = fixture.engine.settings().integration("main");
            TransportFactory losing = options -> new LosingFirstAnswer(TransportFactory.soap().open(options));
            try (CrmEngine engine = CrmEngine.open(EngineSettings.of(TestEngines.freshStore(), integration),
                    Clock.systemUTC(), losing)) {
                engine.run("main", RunMode.DELTA);
                long company = engine.store().jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT MIN(company_id) FROM account").mapTo(Long.class).one());
                long contact = engine.edits().addContact(company, Map.of("lastName", "Sent Once"));
                assertThat(engine.run("main", RunMode.DELTA).status()).isEqualTo(RunStatus.FAILURE);
                // As if the store had lost the commit that named the batch: nothing says the insert left.
                engine.store().jdbi().useHandle(handle -> handle.execute("UPDATE outbox SET batch_id = NULL"));

                RunReport recovered = engine.run("main", RunMode.DELTA);

                assertThat(recovered.warnings()).anySatisfy(warning -> assertThat(warning).contains("copy was removed"));
                assertThat(fixture.erpCount("SELECT COUNT(*) FROM contact WHERE last_name = N'Sent Once'")).isOne();
                List<Long> crmContacts = engine.store().jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT id FROM contact WHERE last_name = N'Sent Once'").mapTo(Long.class).list());
                assertThat(crmContacts).containsExactly(contact);
                long identities = engine.store().jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM identity_map"
                        + " WHERE entity = N'CONTACT' AND crm_id = :id").bind("id", contact).mapTo(Long.class).one());
                assertThat(identities).isOne();
                RunReport next = engine.run("main", RunMode.DELTA);
                assertThat(next.status()).as(next.errors().toString()).isEqualTo(RunStatus.SUCCESS);
            }
        }
    }

    @Test
    void aSecondCrmStoreOnTheSameErpGetsKeysOfItsOwn() {
        try (ErpFixture fixture = ErpFixture.start(5);
             CrmEngine second = CrmEngine.open(EngineSettings.of(TestEngines.freshStore(),
                     fixture.engine.settings().integration("main")), Clock.systemUTC(), TransportFactory.soap())) {
            List<CrmEngine> stores = List.of(fixture.engine, second);
            List<Long> contacts = new ArrayList<>();
            for (CrmEngine store : stores) {
                store.run("main", RunMode.DELTA);
                long company = store.store().jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT MIN(company_id) FROM account").mapTo(Long.class).one());
                contacts.add(store.edits().addContact(company, Map.of("lastName", "From Store " + contacts.size())));
            }
            for (CrmEngine store : stores) {
                RunReport sent = store.run("main", RunMode.DELTA);
                assertThat(sent.status()).as(sent.errors() + " " + sent.warnings()).isEqualTo(RunStatus.SUCCESS);
            }

            assertThat(fixture.erpCount("SELECT COUNT(*) FROM contact WHERE last_name LIKE N'From Store %'")).isEqualTo(2);
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < stores.size(); i++) {
                long crmId = contacts.get(i);
                keys.add(stores.get(i).store().jdbi().withHandle(handle -> handle.createQuery("SELECT erp_key FROM identity_map"
                        + " WHERE entity = N'CONTACT' AND crm_id = :id").bind("id", crmId).mapTo(String.class).one()));
            }
            assertThat(keys).doesNotHaveDuplicates();
        }
    }
}
