package dev.passerelle.server.apply;

import dev.passerelle.common.db.DataAccessError;
import dev.passerelle.common.db.Database;
import dev.passerelle.common.db.DatabaseErrors;
import dev.passerelle.contract.v1.ApplyChangesResponse;
import dev.passerelle.contract.v1.ObjectFactory;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import javax.xml.transform.stream.StreamSource;

/** The stored answers of processed batches, as the XML of the contract's response. Thread-safe. */
final class BatchStore {

    private final Database database;
    private final Clock clock;
    private final JAXBContext jaxb;

    BatchStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        try {
            this.jaxb = JAXBContext.newInstance(ObjectFactory.class);
        } catch (JAXBException broken) {
            throw new IllegalStateException("the contract's JAXB context cannot be built", broken);
        }
    }

    Optional<ApplyChangesResponse> find(String batchId) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT answer FROM processed_batch WHERE batch_id = :id").bind("id", batchId)
                .mapTo(String.class).findOne()).map(this::read);
    }

    /** Stores the answer; when another delivery of the batch stored one first, answers that one. */
    ApplyChangesResponse store(String caller, ApplyChangesResponse answer) {
        try {
            database.jdbi().useHandle(handle -> handle.createUpdate("INSERT INTO processed_batch (batch_id, caller, processed_at,"
                            + " answer) VALUES (:id, :caller, :at, :answer)")
                    .bind("id", answer.getBatchId()).bind("caller", caller).bind("at", LocalDateTime.now(clock))
                    .bind("answer", write(answer)).execute());
            return answer;
        } catch (RuntimeException failure) {
            if (DatabaseErrors.classify(failure) instanceof DataAccessError.DuplicateKey) {
                return find(answer.getBatchId()).orElseThrow(() -> failure);
            }
            throw failure;
        }
    }

    private String write(ApplyChangesResponse answer) {
        try {
            StringWriter text = new StringWriter();
            jaxb.createMarshaller().marshal(answer, text);
            return text.toString();
        } catch (JAXBException broken) {
            throw new IllegalStateException("cannot store the answer of batch " + answer.getBatchId(), broken);
        }
    }

    private ApplyChangesResponse read(String xml) {
        try {
            return jaxb.createUnmarshaller().unmarshal(new StreamSource(new StringReader(xml)), ApplyChangesResponse.class).getValue();
        } catch (JAXBException broken) {
            throw new IllegalStateException("a stored batch answer cannot be read", broken);
        }
    }
}
