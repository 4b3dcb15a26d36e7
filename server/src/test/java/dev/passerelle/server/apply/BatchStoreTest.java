package dev.passerelle.server.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.contract.v1.ApplyChangesResponse;
import dev.passerelle.contract.v1.ApplyStatus;
import dev.passerelle.contract.v1.ObjectFactory;
import dev.passerelle.server.ErpServer;
import dev.passerelle.server.TestServers;
import jakarta.xml.bind.JAXBContext;
import java.io.StringWriter;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Stored batch answers: kept compressed, read back whole; answers stored as plain XML by earlier versions still read. */
class BatchStoreTest {

    private static ErpServer server;
    private static BatchStore store;

    @BeforeAll
    static void start() {
        server = ErpServer.start(TestServers.settings().build());
        store = new BatchStore(server.database());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static ApplyChangesResponse answer(String batchId) {
        ApplyChangesResponse answer = new ApplyChangesResponse();
        answer.setBatchId(batchId);
        answer.setReplayed(false);
        for (int index = 0; index < 3; index++) {
            answer.getResult().add(Results.of("ref-" + index, index == 1 ? ApplyStatus.CONFLICT : ApplyStatus.APPLIED));
        }
        return answer;
    }

    private static String storedText(String batchId) {
        return server.database().jdbi().withHandle(handle -> handle.select("SELECT answer FROM processed_batch WHERE batch_id = ?",
                batchId).mapTo(String.class).one());
    }

    @Test
    void anAnswerIsStoredCompressedAndReadBackWhole() {
        String batchId = "b-" + Records.unique();

        store.store("sync", answer(batchId));

        assertThat(storedText(batchId)).startsWith(BatchStore.GZIP).doesNotContain("ref-0");
        ApplyChangesResponse read = store.find(batchId).orElseThrow();
        assertThat(read.getBatchId()).isEqualTo(batchId);
        assertThat(read.getResult()).extracting(result -> result.getClientRef() + " " + result.getStatus())
                .containsExactly("ref-0 APPLIED", "ref-1 CONFLICT", "ref-2 APPLIED");
    }

    @Test
    void anAnswerStoredAsPlainXmlIsStillRead() throws Exception {
        String batchId = "b-" + Records.unique();
        StringWriter xml = new StringWriter();
        JAXBContext.newInstance(ObjectFactory.class).createMarshaller().marshal(answer(batchId), xml);
        server.database().jdbi().useHandle(handle -> handle.execute(
                "INSERT INTO processed_batch (batch_id, caller, processed_at, answer) VALUES (?, ?, ?, ?)",
                batchId, "sync", LocalDateTime.now(), xml.toString()));

        ApplyChangesResponse read = store.find(batchId).orElseThrow();

        assertThat(read.getResult()).extracting(result -> result.getClientRef()).containsExactly("ref-0", "ref-1", "ref-2");
    }
}
