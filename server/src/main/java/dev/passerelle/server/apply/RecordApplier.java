package dev.passerelle.server.apply;

import dev.passerelle.contract.v1.ApplyRecord;
import dev.passerelle.contract.v1.ApplyResult;
import dev.passerelle.contract.v1.ApplyStatus;
import dev.passerelle.contract.v1.ChangeOperation;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.FieldErrorCode;
import dev.passerelle.server.store.ApplyTables;
import dev.passerelle.server.store.Keys;
import dev.passerelle.server.store.Row;
import dev.passerelle.server.store.TrackedTable;
import dev.passerelle.server.store.TrackedTables;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;

/**
 * Applies one record inside the caller's transaction and answers its result. Rejections,
 * conflicts and not-found answers write nothing.
 */
final class RecordApplier<T> {

    private final EntityApplier<T> applier;
    private final TrackedTable<T> table;
    private final TrackedTables tables;

    RecordApplier(EntityApplier<T> applier, TrackedTables tables) {
        this.applier = applier;
        this.tables = tables;
        @SuppressWarnings("unchecked")
        TrackedTable<T> typed = (TrackedTable<T>) tables.of(applier.entity());
        this.table = typed;
    }

    ApplyResult apply(RunReads reads, CompanyLists lists, ApplyRecord record) {
        return switch (record.getOperation()) {
            case INSERT -> insert(reads, lists, record);
            case UPDATE -> update(reads, lists, record);
            case DELETE -> delete(reads, record);
        };
    }

    private ApplyResult insert(RunReads reads, CompanyLists lists, ApplyRecord record) {
        Handle handle = reads.handle();
        Optional<Long> applied = handle.attach(ApplyTables.class).appliedInsert(applier.entity().name(), record.getClientRef());
        if (applied.isPresent()) {
            return tables.find(handle, table, applied.get())
                    .map(row -> Results.withRecord(record.getClientRef(), ApplyStatus.DUPLICATE, row))
                    .orElseGet(() -> {
                        ApplyResult result = Results.of(record.getClientRef(), ApplyStatus.DUPLICATE);
                        result.setKey(Keys.of(applied.get()));
                        return result;
                    });
        }
        T payload = applier.payload(record);
        FieldErrors errors = new FieldErrors(applier.prefix());
        if (payload == null) {
            return missingPayload(record, errors);
        }
        if (record.getKey() != null) {
            errors.add("key", FieldErrorCode.NOT_ALLOWED, "an INSERT carries no key; the ERP assigns it", record.getKey());
        }
        applier.validate(handle, lists, payload, null, errors);
        if (!errors.isEmpty()) {
            return Results.rejected(record.getClientRef(), errors.list());
        }
        long id = applier.insert(handle, payload);
        handle.attach(ApplyTables.class).rememberInsert(applier.entity().name(), record.getClientRef(), id);
        return reads.applied(record.getClientRef(), table, id);
    }

    private ApplyResult update(RunReads reads, CompanyLists lists, ApplyRecord record) {
        Handle handle = reads.handle();
        FieldErrors errors = new FieldErrors("");
        T payload = applier.payload(record);
        if (payload == null) {
            return missingPayload(record, new FieldErrors(applier.prefix()));
        }
        if (record.getBaseVersion() == null) {
            errors.add("baseVersion", FieldErrorCode.REQUIRED, "an UPDATE carries the version it is based on", null);
            return Results.rejected(record.getClientRef(), errors.list());
        }
        Optional<Row<T>> current = current(reads, record);
        if (current.isEmpty()) {
            return Results.of(record.getClientRef(), ApplyStatus.NOT_FOUND);
        }
        if (current.get().version() != record.getBaseVersion()) {
            return Results.withRecord(record.getClientRef(), ApplyStatus.CONFLICT, current.get());
        }
        FieldErrors fieldErrors = new FieldErrors(applier.prefix());
        applier.validate(handle, lists, payload, current.get(), fieldErrors);
        if (!fieldErrors.isEmpty()) {
            return Results.rejected(record.getClientRef(), fieldErrors.list());
        }
        long id = current.get().id();
        if (applier.update(handle, id, record.getBaseVersion(), payload) == 0) {
            // Changed or removed between the read and the write.
            return reread(reads, record)
                    .map(row -> Results.withRecord(record.getClientRef(), ApplyStatus.CONFLICT, row))
                    .orElseGet(() -> Results.of(record.getClientRef(), ApplyStatus.NOT_FOUND));
        }
        return reads.applied(record.getClientRef(), table, id);
    }

    private ApplyResult delete(RunReads reads, ApplyRecord record) {
        Handle handle = reads.handle();
        Optional<Row<T>> current = current(reads, record);
        if (current.isEmpty()) {
            return Results.of(record.getClientRef(), ApplyStatus.NOT_FOUND);
        }
        Row<T> row = current.get();
        if (record.getBaseVersion() != null && row.version() != record.getBaseVersion()) {
            return Results.withRecord(record.getClientRef(), ApplyStatus.CONFLICT, row);
        }
        if (applier.entity() == EntityType.ACCOUNT) {
            return refuseAccountDelete(handle, record, row);
        }
        String tableName = applier.entity() == EntityType.CONTACT ? "contact" : "delivery_address";
        ApplyTables tables = handle.attach(ApplyTables.class);
        int deleted = tables.deleteAtVersion(tableName, row.id(), row.version());
        if (deleted == 0) {
            return reread(reads, record)
                    .map(moved -> Results.withRecord(record.getClientRef(), ApplyStatus.CONFLICT, moved))
                    .orElseGet(() -> Results.of(record.getClientRef(), ApplyStatus.NOT_FOUND));
        }
        ApplyResult result = Results.of(record.getClientRef(), ApplyStatus.APPLIED);
        result.setKey(Keys.of(row.id()));
        tables.deletionVersion(applier.entity().name(), row.id()).ifPresent(result::setVersion);
        return result;
    }

    /** An account is never deleted: it is set dormant, and the delete is answered REJECTED with the dormant record. */
    private ApplyResult refuseAccountDelete(Handle handle, ApplyRecord record, Row<T> row) {
        handle.attach(ApplyTables.class).setDormant(row.id());
        Row<T> dormant = tables.find(handle, table, row.id()).orElseThrow();
        ApplyResult result = Results.withRecord(record.getClientRef(), ApplyStatus.REJECTED, dormant);
        result.getFieldError().addAll(new FieldErrors("").add("operation", FieldErrorCode.NOT_ALLOWED,
                "accounts are never deleted; the account was set dormant instead", "DELETE").list());
        return result;
    }

    private Optional<Row<T>> current(RunReads reads, ApplyRecord record) {
        OptionalLong id = Keys.parse(record.getKey());
        return id.isEmpty() ? Optional.empty() : reads.current(table, id.getAsLong());
    }

    private Optional<Row<T>> reread(RunReads reads, ApplyRecord record) {
        OptionalLong id = Keys.parse(record.getKey());
        return id.isEmpty() ? Optional.empty() : reads.reread(table, id.getAsLong());
    }

    private ApplyResult missingPayload(ApplyRecord record, FieldErrors errors) {
        errors.add("", FieldErrorCode.REQUIRED, "an " + record.getOperation() + " of " + applier.entity()
                + " carries the " + applier.prefix() + " record", null);
        return Results.rejected(record.getClientRef(), errors.list());
    }

    static boolean needsKey(ChangeOperation operation) {
        return operation != ChangeOperation.INSERT;
    }
}
