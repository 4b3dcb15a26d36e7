package dev.passerelle.server.changes;

import dev.passerelle.common.db.Database;
import dev.passerelle.contract.v1.Change;
import dev.passerelle.contract.v1.ChangeOperation;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.FieldErrorCode;
import dev.passerelle.contract.v1.GetChanges;
import dev.passerelle.contract.v1.GetChangesResponse;
import dev.passerelle.server.error.ExpiredTokenException;
import dev.passerelle.server.error.InvalidRequestException;
import dev.passerelle.server.store.DeliveryTables;
import dev.passerelle.server.store.DeliveryTables.Tombstone;
import dev.passerelle.server.store.Keys;
import dev.passerelle.server.store.Row;
import dev.passerelle.server.store.TrackedTable;
import dev.passerelle.server.store.TrackedTables;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Answers GetChanges: a full snapshot in id order when no token is given, then every change after
 * the token in version order, read only up to the change horizon so that a change committed late is
 * delivered later rather than skipped. Stateless apart from the purge schedule; thread-safe.
 */
public final class ChangeFeed {

    private final Database database;
    private final TrackedTables tables;
    private final int maxPageSize;
    private final RetentionPurger purger;

    public ChangeFeed(Database database, TrackedTables tables, int maxPageSize, Clock clock, Duration tombstoneRetention) {
        this.database = database;
        this.tables = tables;
        this.maxPageSize = maxPageSize;
        this.purger = new RetentionPurger(clock, tombstoneRetention);
    }

    public GetChangesResponse page(GetChanges request) {
        EntityType entity = request.getEntity();
        if (entity == null) {
            throw InvalidRequestException.of("entity", FieldErrorCode.REQUIRED, "the entity is required", null);
        }
        int size = pageSize(request.getPageSize());
        return database.jdbi().withHandle(handle -> {
            purger.purgeIfDue(handle);
            long horizon = TrackedTables.horizon(handle);
            if (request.getToken() == null) {
                return snapshotPage(handle, tables.of(entity), horizon, 0, size);
            }
            ChangeToken token = ChangeToken.decode(request.getToken()).orElseThrow(() ->
                    new ExpiredTokenException(entity, "The token is not a token of this endpoint; resynchronise " + entity + "."));
            if (token.entity() != entity) {
                throw InvalidRequestException.of("token", FieldErrorCode.INVALID_FORMAT,
                        "the token belongs to " + token.entity() + ", not to " + entity, null);
            }
            if (token.version() > horizon) {
                throw new ExpiredTokenException(entity, "The token is ahead of this ERP's changes (was the database replaced?);"
                        + " resynchronise " + entity + ".");
            }
            if (token.version() < RetentionPurger.purgedThrough(handle)) {
                throw new ExpiredTokenException(entity, "Deletes after this token were purged (tombstones are kept for a limited"
                        + " time); resynchronise " + entity + ".");
            }
            return token.snapshot()
                    ? snapshotPage(handle, tables.of(entity), token.version(), token.afterId(), size)
                    : deltaPage(handle, tables.of(entity), token.version(), horizon, size);
        });
    }

    private int pageSize(Integer requested) {
        if (requested == null) {
            return maxPageSize;
        }
        if (requested < 1 || requested > maxPageSize) {
            throw InvalidRequestException.of("pageSize", FieldErrorCode.OUT_OF_RANGE,
                    "the page size must be between 1 and " + maxPageSize, requested);
        }
        return requested;
    }

    private <T> GetChangesResponse snapshotPage(Handle handle, TrackedTable<T> table, long horizon, long afterId, int size) {
        List<Row<T>> rows = tables.snapshot(handle, table, afterId, size + 1);
        boolean more = rows.size() > size;
        List<Row<T>> page = more ? rows.subList(0, size) : rows;
        GetChangesResponse response = response(table.entity(), true, more);
        for (Row<T> row : page) {
            response.getChange().add(change(table, ChangeOperation.INSERT, row));
        }
        response.setNextToken(more
                ? ChangeToken.snapshot(table.entity(), horizon, page.get(page.size() - 1).id()).encode()
                : ChangeToken.delta(table.entity(), horizon).encode());
        return response;
    }

    private <T> GetChangesResponse deltaPage(Handle handle, TrackedTable<T> table, long after, long horizon, int size) {
        List<Versioned> changes = new ArrayList<>();
        for (Row<T> row : tables.changedAfter(handle, table, after, horizon, size + 1)) {
            ChangeOperation operation = row.createdVersion() > after ? ChangeOperation.INSERT : ChangeOperation.UPDATE;
            changes.add(new Versioned(row.version(), change(table, operation, row)));
        }
        for (Tombstone tombstone : handle.attach(DeliveryTables.class)
                .tombstones(table.entity().name(), after, horizon, size + 1)) {
            Change delete = new Change();
            delete.setOperation(ChangeOperation.DELETE);
            delete.setKey(Keys.of(tombstone.recordId()));
            delete.setVersion(tombstone.rowVersion());
            changes.add(new Versioned(delete.getVersion(), delete));
        }
        changes.sort(Comparator.comparingLong(Versioned::version));
        boolean more = changes.size() > size;
        List<Versioned> page = more ? changes.subList(0, size) : changes;
        GetChangesResponse response = response(table.entity(), false, more);
        page.forEach(versioned -> response.getChange().add(versioned.change()));
        // Without more, everything up to the horizon was delivered: the next run starts there.
        long next = more ? page.get(page.size() - 1).version() : horizon;
        response.setNextToken(ChangeToken.delta(table.entity(), next).encode());
        return response;
    }

    private static <T> Change change(TrackedTable<T> table, ChangeOperation operation, Row<T> row) {
        Change change = new Change();
        change.setOperation(operation);
        change.setKey(Keys.of(row.id()));
        change.setVersion(row.version());
        table.attach(change, row.record());
        return change;
    }

    private static GetChangesResponse response(EntityType entity, boolean snapshot, boolean more) {
        GetChangesResponse response = new GetChangesResponse();
        response.setEntity(entity);
        response.setSnapshot(snapshot);
        response.setMore(more);
        return response;
    }

    private record Versioned(long version, Change change) {
    }
}
