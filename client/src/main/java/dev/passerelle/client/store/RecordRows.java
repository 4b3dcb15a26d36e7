package dev.passerelle.client.store;

import dev.passerelle.client.mapping.EntitySpec;
import dev.passerelle.client.mapping.Field;
import dev.passerelle.client.mapping.FieldKind;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Reads and writes the synchronised fields of accounts, contacts and addresses (with their phones
 * and e-mails) in their text form. Statements are built from the column names of {@link EntitySpec}
 * (code constants); every value is bound.
 */
public final class RecordRows {

    private RecordRows() {
    }

    /** A row to insert: its id, the columns the sync sets itself (links, flags), and its field values. */
    public record NewRow(long id, Map<String, Object> fixed, Map<String, String> values) {
    }

    public static Map<Long, Map<String, String>> load(Handle handle, EntitySpec spec, Collection<Long> ids) {
        Map<Long, Map<String, String>> rows = new HashMap<>();
        if (ids.isEmpty()) {
            return rows;
        }
        List<Field> main = spec.mainTableFields();
        String columns = main.stream().map(Field::column).collect(Collectors.joining(", "));
        handle.createQuery("SELECT id, " + columns + " FROM " + spec.table() + " WHERE id IN (<ids>)")
                .bindList("ids", List.copyOf(ids))
                .mapToMap()
                .forEach(row -> {
                    Map<String, String> values = new LinkedHashMap<>();
                    for (Field field : main) {
                        values.put(field.name(), field.kind().fromColumn(row.get(field.column())));
                    }
                    rows.put(((Number) row.get("id")).longValue(), values);
                });
        spec.ownerEntity().ifPresent(owner -> loadContactPoints(handle, spec, owner, ids, rows));
        return rows;
    }

    private static void loadContactPoints(Handle handle, EntitySpec spec, String owner, Collection<Long> ids,
                                          Map<Long, Map<String, String>> rows) {
        for (Field field : spec.fields()) {
            if (!field.inMainTable()) {
                rows.values().forEach(values -> values.put(field.name(), null));
            }
        }
        handle.createQuery("SELECT owner_id, phone_type, number FROM phone WHERE owner_entity = :owner AND owner_id IN (<ids>)")
                .bind("owner", owner).bindList("ids", List.copyOf(ids)).mapToMap()
                .forEach(row -> rows.get(((Number) row.get("owner_id")).longValue())
                        .put("phone." + row.get("phone_type"), (String) row.get("number")));
        handle.createQuery("SELECT owner_id, email_type, address FROM email WHERE owner_entity = :owner AND owner_id IN (<ids>)")
                .bind("owner", owner).bindList("ids", List.copyOf(ids)).mapToMap()
                .forEach(row -> rows.get(((Number) row.get("owner_id")).longValue())
                        .put("email." + row.get("email_type"), (String) row.get("address")));
    }

    /** Inserts rows in batches; every row of one call has the same fixed columns. */
    public static void insert(Handle handle, EntitySpec spec, List<NewRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<String> fixed = new ArrayList<>(rows.get(0).fixed().keySet());
        List<Field> main = spec.mainTableFields();
        List<String> columns = new ArrayList<>();
        int[] types = new int[1 + fixed.size() + main.size()];
        columns.add("id");
        types[0] = Types.BIGINT;
        for (String column : fixed) {
            types[columns.size()] = fixedType(rows, column);
            columns.add(column);
        }
        for (Field field : main) {
            types[columns.size()] = sqlType(field.kind());
            columns.add(field.column());
        }
        BatchInsert batch = BatchInsert.into(handle, spec.table(), columns, types);
        Object[] values = new Object[columns.size()];
        for (NewRow row : rows) {
            int i = 0;
            values[i++] = row.id();
            for (String column : fixed) {
                values[i++] = row.fixed().get(column);
            }
            for (Field field : main) {
                values[i++] = field.kind().toColumn(row.values().get(field.name()));
            }
            batch.add(values);
        }
        batch.execute();
        spec.ownerEntity().ifPresent(owner -> insertContactPoints(handle, spec, owner, rows));
    }

    private static void insertContactPoints(Handle handle, EntitySpec spec, String owner, List<NewRow> rows) {
        BatchInsert phones = BatchInsert.into(handle, "phone", List.of("owner_entity", "owner_id", "phone_type", "number"),
                Types.NVARCHAR, Types.BIGINT, Types.NVARCHAR, Types.NVARCHAR);
        BatchInsert emails = BatchInsert.into(handle, "email", List.of("owner_entity", "owner_id", "email_type", "address"),
                Types.NVARCHAR, Types.BIGINT, Types.NVARCHAR, Types.NVARCHAR);
        for (NewRow row : rows) {
            for (Field field : spec.fields()) {
                String value = field.inMainTable() ? null : row.values().get(field.name());
                if (value != null) {
                    (field.kind() == FieldKind.PHONE ? phones : emails).add(owner, row.id(), field.column(), value);
                }
            }
        }
        phones.execute();
        emails.execute();
    }

    /** The SQL type of a fixed column: that of its first non-null value (null everywhere: a text column). */
    private static int fixedType(List<NewRow> rows, String column) {
        for (NewRow row : rows) {
            Object value = row.fixed().get(column);
            if (value instanceof Long || value instanceof Integer) {
                return Types.BIGINT;
            } else if (value instanceof Boolean) {
                return Types.BIT;
            } else if (value != null) {
                return Types.NVARCHAR;
            }
        }
        return column.endsWith("_id") ? Types.BIGINT : Types.NVARCHAR;
    }

    private static int sqlType(FieldKind kind) {
        return switch (kind) {
            case BOOL -> Types.BIT;
            case DECIMAL -> Types.DECIMAL;
            default -> Types.NVARCHAR;
        };
    }

    /** Writes the given fields of one record (fields not in {@code values} are left as they are). */
    public static void update(Handle handle, EntitySpec spec, long id, Map<String, String> values) {
        List<Field> changedMain = new ArrayList<>();
        for (Field field : spec.fields()) {
            if (!values.containsKey(field.name())) {
                continue;
            }
            if (field.inMainTable()) {
                changedMain.add(field);
            } else {
                writeContactPoint(handle, spec.ownerEntity().orElseThrow(), id, field, values.get(field.name()));
            }
        }
        if (changedMain.isEmpty()) {
            return;
        }
        String sets = changedMain.stream().map(field -> field.column() + " = :" + field.column())
                .collect(Collectors.joining(", "));
        var update = handle.createUpdate("UPDATE " + spec.table() + " SET " + sets + " WHERE id = :id").bind("id", id);
        for (Field field : changedMain) {
            Object value = field.kind().toColumn(values.get(field.name()));
            update.bindByType(field.column(), value, columnType(value, field.kind()));
        }
        update.execute();
    }

    private static void writeContactPoint(Handle handle, String owner, long id, Field field, String value) {
        String table = field.kind() == FieldKind.PHONE ? "phone" : "email";
        String typeColumn = field.kind() == FieldKind.PHONE ? "phone_type" : "email_type";
        String valueColumn = field.kind() == FieldKind.PHONE ? "number" : "address";
        handle.createUpdate("DELETE FROM " + table + " WHERE owner_entity = :owner AND owner_id = :id AND " + typeColumn + " = :type")
                .bind("owner", owner).bind("id", id).bind("type", field.column()).execute();
        if (value != null) {
            handle.createUpdate("INSERT INTO " + table + " (owner_entity, owner_id, " + typeColumn + ", " + valueColumn
                            + ") VALUES (:owner, :id, :type, :value)")
                    .bind("owner", owner).bind("id", id).bind("type", field.column()).bind("value", value).execute();
        }
    }

    /** Deletes one record with its phones and e-mails. */
    public static void delete(Handle handle, EntitySpec spec, long id) {
        spec.ownerEntity().ifPresent(owner -> {
            handle.createUpdate("DELETE FROM phone WHERE owner_entity = :owner AND owner_id = :id")
                    .bind("owner", owner).bind("id", id).execute();
            handle.createUpdate("DELETE FROM email WHERE owner_entity = :owner AND owner_id = :id")
                    .bind("owner", owner).bind("id", id).execute();
        });
        handle.createUpdate("DELETE FROM " + spec.table() + " WHERE id = :id").bind("id", id).execute();
    }

    private static Class<?> columnType(Object value, FieldKind kind) {
        return switch (kind) {
            case BOOL -> Boolean.class;
            case DECIMAL -> java.math.BigDecimal.class;
            default -> String.class;
        };
    }
}
