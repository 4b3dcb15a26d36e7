package dev.passerelle.server.store;

import dev.passerelle.contract.v1.EntityType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Reads the tracked entities: changed rows in version order below a horizon, snapshot pages in id
 * order, and single rows. Table and column names come from the {@link TrackedTable} constants only;
 * every value is a bound parameter. Stateless.
 */
public final class TrackedTables {

    private final Map<EntityType, TrackedTable<?>> tables = new EnumMap<>(EntityType.class);

    public TrackedTables() {
        for (TrackedTable<?> table : List.of(new CompanySettingsTable(), new RepresentativeTable(), new AccountTable(),
                new DeliveryAddressTable(), new ContactTable(), new FreeFieldDefinitionTable(), new AccountFiguresTable())) {
            tables.put(table.entity(), table);
        }
    }

    public TrackedTable<?> of(EntityType entity) {
        return tables.get(entity);
    }

    /** The highest version below which every change is committed (see the change_horizon view). */
    public static long horizon(Handle handle) {
        return handle.createQuery("SELECT horizon FROM change_horizon").mapTo(Long.class).one();
    }

    /** Rows changed after {@code after} up to {@code horizon}, oldest first, at most {@code limit}. */
    public <T> List<Row<T>> changedAfter(Handle handle, TrackedTable<T> table, long after, long horizon, int limit) {
        String sql = "SELECT " + select(table) + " FROM " + table.from()
                + " WHERE t.row_version > :after AND t.row_version <= :horizon ORDER BY t.row_version"
                + " OFFSET 0 ROWS FETCH NEXT :limit ROWS ONLY";
        return read(handle, table, handle.createQuery(sql).bind("after", after).bind("horizon", horizon).bind("limit", limit));
    }

    /** Current rows with an id above {@code afterId}, in id order, at most {@code limit}. */
    public <T> List<Row<T>> snapshot(Handle handle, TrackedTable<T> table, long afterId, int limit) {
        String sql = "SELECT " + select(table) + " FROM " + table.from() + " WHERE t." + table.idColumn() + " > :afterId"
                + " ORDER BY t." + table.idColumn() + " OFFSET 0 ROWS FETCH NEXT :limit ROWS ONLY";
        return read(handle, table, handle.createQuery(sql).bind("afterId", afterId).bind("limit", limit));
    }

    /** One row by id. */
    public <T> Optional<Row<T>> find(Handle handle, TrackedTable<T> table, long id) {
        String sql = "SELECT " + select(table) + " FROM " + table.from() + " WHERE t." + table.idColumn() + " = :id";
        return read(handle, table, handle.createQuery(sql).bind("id", id)).stream().findFirst();
    }

    /** Rows by id, read in slices of {@value #FIND_SLICE} (one statement each); ids with no row are absent from the map. */
    public <T> Map<Long, Row<T>> findAll(Handle handle, TrackedTable<T> table, Collection<Long> ids) {
        List<Long> distinct = ids.stream().distinct().toList();
        Map<Long, Row<T>> found = new HashMap<>();
        String sql = "SELECT " + select(table) + " FROM " + table.from() + " WHERE t." + table.idColumn() + " IN (<ids>)";
        for (int start = 0; start < distinct.size(); start += FIND_SLICE) {
            // Padded to one fixed length, so that H2 plans the statement once and SQL Server reuses its plan.
            List<Long> slice = new ArrayList<>(distinct.subList(start, Math.min(distinct.size(), start + FIND_SLICE)));
            while (slice.size() < FIND_SLICE) {
                slice.add(slice.get(slice.size() - 1));
            }
            read(handle, table, handle.createQuery(sql).bindList("ids", slice)).forEach(row -> found.put(row.id(), row));
        }
        return found;
    }

    private static final int FIND_SLICE = 50;

    private static String select(TrackedTable<?> table) {
        return table.tracksCreation() ? table.columns() + ", t.created_version" : table.columns();
    }

    private static <T> List<Row<T>> read(Handle handle, TrackedTable<T> table, org.jdbi.v3.core.statement.Query query) {
        List<Row<T>> rows = query.map((result, context) -> new Row<>(result.getLong(table.idColumn()),
                result.getLong("row_version"),
                table.tracksCreation() ? result.getLong("created_version") : 0, table.map(result))).list();
        if (!rows.isEmpty()) {
            table.complete(handle, rows);
        }
        return rows;
    }
}
