package dev.passerelle.server.apply;

import dev.passerelle.common.db.DataAccessError;
import dev.passerelle.common.db.Database;
import dev.passerelle.common.db.DatabaseErrors;
import dev.passerelle.contract.v1.ApplyChangesResponse;
import dev.passerelle.contract.v1.ObjectFactory;
import dev.passerelle.server.store.DeliveryTables;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.util.Base64;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.xml.transform.stream.StreamSource;

/**
 * The stored answers of processed batches, as the XML of the contract's response, stamped with the
 * database's clock (the retention purge measures their age by it). Thread-safe.
 */
final class BatchStore {

    static final String GZIP = "gzip:";

    private final Database database;
    private final JAXBContext jaxb;

    BatchStore(Database database) {
        this.database = database;
        try {
            this.jaxb = JAXBContext.newInstance(ObjectFactory.class);
        } catch (JAXBException broken) {
            throw new IllegalStateException("the contract's JAXB context cannot be built", broken);
        }
    }

    Optional<ApplyChangesResponse> find(String batchId) {
        return database.jdbi().withExtension(DeliveryTables.class, tables -> tables.batchAnswer(batchId)).map(this::read);
    }

    /** Stores the answer; when another delivery of the batch stored one first, answers that one. */
    ApplyChangesResponse store(String caller, ApplyChangesResponse answer) {
        try {
            String xml = write(answer);
            database.jdbi().useExtension(DeliveryTables.class, tables -> tables.storeBatchAnswer(answer.getBatchId(), caller, xml));
            return answer;
        } catch (RuntimeException failure) {
            if (DatabaseErrors.classify(failure) instanceof DataAccessError.DuplicateKey) {
                return find(answer.getBatchId()).orElseThrow(() -> failure);
            }
            throw failure;
        }
    }

    /**
     * The answer's XML, gzipped and in Base64 after {@value #GZIP}: a batch's answer carries every
     * record it wrote (hundreds of KB of repetitive XML), which the database would otherwise store
     * and serialise whole.
     */
    private String write(ApplyChangesResponse answer) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (OutputStream zipped = new FastGzip(bytes)) {
                jaxb.createMarshaller().marshal(answer, zipped);
            }
            return GZIP + Base64.getEncoder().encodeToString(bytes.toByteArray());
        } catch (JAXBException | IOException broken) {
            throw new IllegalStateException("cannot store the answer of batch " + answer.getBatchId(), broken);
        }
    }

    /**
     * Gzip at the fastest level (BENCHMARKS.md, decisions in force: "stored answers at gzip level
     * 1"): every batch pays for it before its answer leaves, and a replay is rare.
     */
    private static final class FastGzip extends GZIPOutputStream {

        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }

    /** Reads a stored answer: gzipped (see {@link #write}) or, stored by an earlier version, plain XML. */
    private ApplyChangesResponse read(String stored) {
        try {
            StreamSource source = stored.startsWith(GZIP)
                    ? new StreamSource(new GZIPInputStream(new ByteArrayInputStream(
                            Base64.getDecoder().decode(stored.substring(GZIP.length())))))
                    : new StreamSource(new StringReader(stored));
            return jaxb.createUnmarshaller().unmarshal(source, ApplyChangesResponse.class).getValue();
        } catch (JAXBException | IOException broken) {
            throw new IllegalStateException("a stored batch answer cannot be read", broken);
        }
    }
}
