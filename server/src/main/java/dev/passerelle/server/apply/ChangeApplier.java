package dev.passerelle.server.apply;

import dev.passerelle.common.db.DataAccessError;
import dev.passerelle.common.db.Database;
import dev.passerelle.common.db.DatabaseErrors;
import dev.passerelle.contract.v1.ApplyChanges;
import dev.passerelle.contract.v1.ApplyChangesResponse;
import dev.passerelle.contract.v1.ApplyRecord;
import dev.passerelle.contract.v1.ApplyResult;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.FieldErrorCode;
import dev.passerelle.server.error.InvalidRequestException;
import dev.passerelle.server.store.TrackedTables;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Answers ApplyChanges: each record atomic on its own (a savepoint per record inside a transaction
 * per run of up to {@value #RECORDS_PER_TRANSACTION} records, so one bad record never blocks the
 * others), answers in input order, and the whole answer stored under the batch id so that a replay
 * returns it and applies nothing twice. Thread-safe.
 */
public final class ChangeApplier {

    private static final int ATTEMPTS = 3;
    /**
     * Records written in one transaction. A transaction holds the change counter's lock until it
     * ends, so this bounds how long other writers wait; a transaction per record cost a begin and a
     * commit each.
     */
    static final int RECORDS_PER_TRANSACTION = 50;

    private final Database database;
    private final int maxBatchSize;
    private final BatchStore batches;
    private final TrackedTables tables;
    private final Map<EntityType, RecordApplier<?>> appliers = new EnumMap<>(EntityType.class);

    public ChangeApplier(Database database, TrackedTables tables, int maxBatchSize) {
        this.database = database;
        this.maxBatchSize = maxBatchSize;
        this.batches = new BatchStore(database);
        this.tables = tables;
        for (EntityApplier<?> applier : List.of(new AccountApplier(), new AddressApplier(), new ContactApplier())) {
            appliers.put(applier.entity(), new RecordApplier<>(applier, tables));
        }
    }

    public ApplyChangesResponse apply(String caller, ApplyChanges request) {
        checkBatch(request);
        Optional<ApplyChangesResponse> stored = batches.find(request.getBatchId());
        if (stored.isPresent()) {
            ApplyChangesResponse replay = stored.get();
            replay.setReplayed(true);
            return replay;
        }
        ApplyChangesResponse response = new ApplyChangesResponse();
        response.setBatchId(request.getBatchId());
        response.setReplayed(false);
        CompanyLists lists = database.jdbi().withHandle(CompanyLists::load);
        List<ApplyRecord> records = request.getRecord();
        for (int from = 0; from < records.size(); from += RECORDS_PER_TRANSACTION) {
            response.getResult().addAll(applyRun(lists, records.subList(from, Math.min(records.size(), from + RECORDS_PER_TRANSACTION))));
        }
        ApplyChangesResponse answer = batches.store(caller, response);
        if (answer != response) {
            answer.setReplayed(true);
        }
        return answer;
    }

    private void checkBatch(ApplyChanges request) {
        if (request.getBatchId() == null || request.getBatchId().isBlank()) {
            throw InvalidRequestException.of("batchId", FieldErrorCode.REQUIRED, "the batch id is required", null);
        }
        int size = request.getRecord().size();
        if (size == 0 || size > maxBatchSize) {
            throw InvalidRequestException.of("record", FieldErrorCode.OUT_OF_RANGE,
                    "a batch holds 1 to " + maxBatchSize + " records, this one " + size, size);
        }
        Set<String> references = new HashSet<>();
        for (ApplyRecord record : request.getRecord()) {
            if (!references.add(record.getClientRef())) {
                throw InvalidRequestException.of("record.clientRef", FieldErrorCode.NOT_UNIQUE,
                        "client references must be unique within a batch", record.getClientRef());
            }
        }
    }

    /** Applies consecutive records in one transaction; a transient failure replays the whole run. */
    private List<ApplyResult> applyRun(CompanyLists lists, List<ApplyRecord> run) {
        try {
            return DatabaseErrors.retryTransient(ATTEMPTS, () -> database.jdbi().inTransaction(handle -> {
                RunReads reads = new RunReads(handle, tables, run);
                List<ApplyResult> results = new ArrayList<>(run.size());
                for (ApplyRecord record : run) {
                    reads.before(record);
                    results.add(applyOne(reads, "apply_" + results.size(), lists, record));
                    reads.after(record);
                }
                reads.finish();
                return results;
            }));
        } catch (RuntimeException failure) {
            throw DatabaseErrors.classify(failure);
        }
    }

    private ApplyResult applyOne(RunReads reads, String savepoint, CompanyLists lists, ApplyRecord record) {
        RecordApplier<?> applier = appliers.get(record.getEntity());
        if (applier == null) {
            return Results.rejected(record.getClientRef(), new FieldErrors("").add("entity", FieldErrorCode.NOT_ALLOWED,
                    record.getEntity() + " travels ERP to CRM only", record.getEntity()).list());
        }
        if (RecordApplier.needsKey(record.getOperation()) && record.getKey() == null) {
            return Results.rejected(record.getClientRef(), new FieldErrors("").add("key", FieldErrorCode.REQUIRED,
                    "an " + record.getOperation() + " carries the record's key", null).list());
        }
        try {
            return inSavepoint(reads, savepoint, applier, lists, record);
        } catch (DataAccessError.DuplicateKey raced) {
            // Another call wrote the same code, label or client reference meanwhile: the second
            // attempt sees it and answers NOT_UNIQUE or DUPLICATE.
            reads.after(record);
            return inSavepoint(reads, savepoint, applier, lists, record);
        }
    }

    /**
     * Applies one record; when it fails, what it wrote is undone and the failure thrown classified.
     * The savepoint is not released (SQL Server's driver does not support it); the transaction's end
     * drops it.
     */
    private static ApplyResult inSavepoint(RunReads reads, String savepoint, RecordApplier<?> applier, CompanyLists lists,
                                           ApplyRecord record) {
        Handle handle = reads.handle();
        handle.savepoint(savepoint);
        try {
            return applier.apply(reads, lists, record);
        } catch (RuntimeException failure) {
            handle.rollbackToSavepoint(savepoint);
            throw DatabaseErrors.classify(failure);
        }
    }
}
