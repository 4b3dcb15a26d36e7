package dev.passerelle.server.apply;

import dev.passerelle.contract.v1.ApplyRecord;
import dev.passerelle.contract.v1.ApplyResult;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.server.store.Keys;
import dev.passerelle.server.store.Row;
import dev.passerelle.server.store.TrackedTable;
import dev.passerelle.server.store.TrackedTables;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;

/**
 * The stored rows a run of records reads, a few statements per run instead of a few per record,
 * inside the run's transaction. Before any record is applied the rows the run's records name are
 * read together; a record gets its row from there the first time its key comes up, later records of
 * the same key read it again. The rows an applied record answers with are read together when the
 * run ends, or earlier when a later record of the run names the same row. So every record sees, and
 * answers, exactly what reading it alone at its turn would have given.
 */
final class RunReads {

    private final Handle handle;
    private final TrackedTables tables;
    private final Map<EntityType, Map<Long, Row<?>>> before = new EnumMap<>(EntityType.class);
    private final List<Answer> answers = new ArrayList<>();

    private record Answer(TrackedTable<?> table, long id, ApplyResult result) {
    }

    RunReads(Handle handle, TrackedTables tables, List<ApplyRecord> run) {
        this.handle = handle;
        this.tables = tables;
        Map<EntityType, List<Long>> ids = new EnumMap<>(EntityType.class);
        for (ApplyRecord record : run) {
            OptionalLong id = Keys.parse(record.getKey());
            if (record.getEntity() != null && tables.of(record.getEntity()) != null && id.isPresent()
                    && RecordApplier.needsKey(record.getOperation())) {
                ids.computeIfAbsent(record.getEntity(), entity -> new ArrayList<>()).add(id.getAsLong());
            }
        }
        // Only rows found are kept: a key with no row is read again at its turn (an earlier record may create it).
        ids.forEach((entity, keys) -> before.put(entity, new HashMap<>(tables.findAll(handle, tables.of(entity), keys))));
    }

    Handle handle() {
        return handle;
    }

    /** The record's row as it is now; read ahead when this is the first record of the run to name it. */
    @SuppressWarnings("unchecked")
    <T> Optional<Row<T>> current(TrackedTable<T> table, long id) {
        Map<Long, Row<?>> rows = before.get(table.entity());
        Row<?> read = rows == null ? null : rows.remove(id);
        if (read != null) {
            return Optional.of((Row<T>) read);
        }
        return tables.find(handle, table, id);
    }

    /** The row as it is now, read now. */
    <T> Optional<Row<T>> reread(TrackedTable<T> table, long id) {
        return tables.find(handle, table, id);
    }

    /**
     * Called before a record is applied: the answers still to read of the row it names are read now.
     * A main delivery address also writes the account's other addresses (no longer main): then every
     * answer still open is read now and no address read ahead is used any more.
     */
    void before(ApplyRecord record) {
        OptionalLong id = Keys.parse(record.getKey());
        if (touchesOthers(record)) {
            finish();
            before.remove(EntityType.DELIVERY_ADDRESS);
        } else if (id.isPresent() && answers.stream().anyMatch(answer -> answer.id() == id.getAsLong()
                && answer.table().entity() == record.getEntity())) {
            finish();
        }
    }

    private static boolean touchesOthers(ApplyRecord record) {
        return record.getEntity() == EntityType.DELIVERY_ADDRESS && record.getDeliveryAddress() != null
                && record.getDeliveryAddress().isMain();
    }

    /** Called after a record was applied (or failed): a later record of the same key reads its row again. */
    void after(ApplyRecord record) {
        OptionalLong id = Keys.parse(record.getKey());
        Map<Long, Row<?>> rows = before.get(record.getEntity());
        if (id.isPresent() && rows != null) {
            rows.remove(id.getAsLong());
        }
    }

    /** An APPLIED answer whose stored record (key, version, values) is read when the run ends. */
    ApplyResult applied(String clientRef, TrackedTable<?> table, long id) {
        ApplyResult result = Results.of(clientRef, dev.passerelle.contract.v1.ApplyStatus.APPLIED);
        answers.add(new Answer(table, id, result));
        return result;
    }

    /** Reads the stored records of the answers still open; a row that is gone fails the run, as a read at the record's turn would. */
    void finish() {
        Map<TrackedTable<?>, List<Answer>> byTable = new HashMap<>();
        answers.forEach(answer -> byTable.computeIfAbsent(answer.table(), table -> new ArrayList<>()).add(answer));
        answers.clear();
        byTable.forEach((table, open) -> {
            Map<Long, ? extends Row<?>> rows = tables.findAll(handle, table, open.stream().map(Answer::id).toList());
            for (Answer answer : open) {
                Row<?> row = rows.get(answer.id());
                if (row == null) {
                    throw new IllegalStateException(table.entity() + " " + answer.id() + " was written but cannot be read back");
                }
                Results.fill(answer.result(), row);
            }
        });
    }
}
