package dev.passerelle.client.store;

import dev.passerelle.client.mapping.EntitySpec;
import dev.passerelle.client.mapping.Field;
import dev.passerelle.client.mapping.FieldKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

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
        columns.add("id");
        columns.addAll(fixed);
        main.forEach(field -> columns.add(field.column()));
        String sql = "INSERT INTO " + spec.table() + " (" + String.join(", ", columns) + ") VALUES ("
                + columns.stream().map(column -> ":" + column).collect(Collectors.joining(", ")) + ")";
        PreparedBatch batch = handle.prepareBatch(sql);
        for (NewRow row : rows) {
            batch.bind("id", row.id());
            fixed.forEach(column -> batch.bindByType(column, row.fixed().get(column), columnType(row.fixed().get(column))));
            for (Field field : main) {
                bindField(batch, field, row.values().get(field.name()));
            }
            batch.add();
        }
        batch.execute();
        spec.ownerEntity().ifPresent(owner -> insertContactPoints(handle, spec, owner, rows));
    }

    private static void insertContactPoints(Handle handle, EntitySpec spec, String owner, List<NewRow> rows) {
        PreparedBatch phones = handle.prepareBatch(
                "INSERT INTO phone (owner_entity, owner_id, phone_type, number) VALUES (:owner, :id, :type, :value)");
        PreparedBatch emails = handle.prepareBatch(
                "INSERT INTO email (owner_entity, owner_id, email_type, address) VALUES (:owner, :id, :type, :value)");
        for (NewRow row : rows) {
            for (Field field : spec.fields()) {
                String value = row.values().get(field.name());
                if (!field.inMainTable() && value != null) {
                    PreparedBatch target = field.kind() == FieldKind.PHONE ? phones : emails;
                    target.bind("owner", owner).bind("id", row.id()).bind("type", field.column()).bind("value", value).add();
                }
            }
        }
        if (phones.size() > 0) {
            phones.execute();
        }
        if (emails.size() > 0) {
            emails.execute();
        }
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

    private static void bindField(PreparedBatch batch, Field field, String text) {
        Object value = field.kind().toColumn(text);
        batch.bindByType(field.column(), value, columnType(value, field.kind()));
    }

    private static Class<?> columnType(Object value, FieldKind kind) {
        return switch (kind) {
            case BOOL -> Boolean.class;
            case DECIMAL -> java.math.BigDecimal.class;
            default -> String.class;
        };
    }

    private static Class<?> columnType(Object value) {
        return value == null ? String.class : value.getClass();
    }
}
