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
 * Reads and writes the synchronised fields of accounts, contacts and addresses (phones and e-mails
 * included: one column per type) in their text form. Statements are built from the column names of
 * {@link EntitySpec} (code constants); every value is bound.
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
        List<Field> fields = spec.fields();
        String columns = fields.stream().map(Field::column).collect(Collectors.joining(", "));
        handle.createQuery("SELECT id, " + columns + " FROM " + spec.table() + " WHERE id IN (<ids>)")
                .bindList("ids", List.copyOf(ids))
                .mapToMap()
                .forEach(row -> {
                    Map<String, String> values = new LinkedHashMap<>();
                    for (Field field : fields) {
                        values.put(field.name(), field.kind().fromColumn(row.get(field.column())));
                    }
                    rows.put(((Number) row.get("id")).longValue(), values);
                });
        return rows;
    }

    /** Inserts rows in batches; every row of one call has the same fixed columns. */
    public static void insert(Handle handle, EntitySpec spec, List<NewRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<String> fixed = new ArrayList<>(rows.get(0).fixed().keySet());
        List<Field> fields = spec.fields();
        List<String> columns = new ArrayList<>();
        int[] types = new int[1 + fixed.size() + fields.size()];
        columns.add("id");
        types[0] = Types.BIGINT;
        for (String column : fixed) {
            types[columns.size()] = fixedType(rows, column);
            columns.add(column);
        }
        for (Field field : fields) {
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
            for (Field field : fields) {
                values[i++] = field.kind().toColumn(row.values().get(field.name()));
            }
            batch.add(values);
        }
        batch.execute();
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
        List<Field> changed = new ArrayList<>();
        for (Field field : spec.fields()) {
            if (values.containsKey(field.name())) {
                changed.add(field);
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        String sets = changed.stream().map(field -> field.column() + " = :" + field.column())
                .collect(Collectors.joining(", "));
        var update = handle.createUpdate("UPDATE " + spec.table() + " SET " + sets + " WHERE id = :id").bind("id", id);
        for (Field field : changed) {
            Object value = field.kind().toColumn(values.get(field.name()));
            update.bindByType(field.column(), value, columnType(value, field.kind()));
        }
        update.execute();
    }

    /**
     * Deletes one record, and the ERP's phones and e-mails held for it while their part is switched
     * off ({@code erp_held_value}; CRM ids are never reused, so nothing else would remove them).
     */
    public static void delete(Handle handle, EntitySpec spec, long id) {
        spec.ownerEntity().ifPresent(owner -> handle.createUpdate(
                        "DELETE FROM erp_held_value WHERE owner_entity = :owner AND owner_id = :id")
                .bind("owner", owner).bind("id", id).execute());
        handle.createUpdate("DELETE FROM " + spec.table() + " WHERE id = :id").bind("id", id).execute();
    }

    /**
     * Where a record hangs: its company, and its account (a contact or address) or its accounting code
     * (an account). Either may be null.
     */
    public record Links(long id, Long companyId, Long accountId, String accountCode) {
    }

    /** The links of records, by CRM id; a record that no longer exists is absent. */
    public static Map<Long, Links> links(Handle handle, EntitySpec spec, Collection<Long> ids) {
        Map<Long, Links> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        boolean account = spec == EntitySpec.ACCOUNT;
        handle.createQuery(account ? "SELECT id, company_id, NULL AS account_id, account_code FROM account WHERE id IN (<ids>)"
                        : "SELECT id, company_id, account_id, NULL AS account_code FROM " + spec.table() + " WHERE id IN (<ids>)")
                .bindList("ids", List.copyOf(ids))
                .map((row, context) -> new Links(row.getLong("id"), nullable(row.getLong("company_id"), row.wasNull()),
                        account ? null : nullable(row.getLong("account_id"), row.wasNull()), row.getString("account_code")))
                .forEach(links -> found.put(links.id(), links));
        return found;
    }

    private static Long nullable(long value, boolean wasNull) {
        return wasNull ? null : value;
    }

    /** The account a contact or address hangs on; null for one typed on a company without an account, or none. */
    public static Long accountOf(Handle handle, EntitySpec spec, long id) {
        return handle.createQuery("SELECT account_id FROM " + spec.table() + " WHERE id = :id").bind("id", id)
                .mapTo(Long.class).findOne().orElse(null);
    }

    /** The contacts or addresses typed on a company that no account holds yet. */
    public static List<Long> unattached(Handle handle, EntitySpec spec, long companyId) {
        return handle.createQuery("SELECT id FROM " + spec.table() + " WHERE company_id = :company AND account_id IS NULL"
                + " ORDER BY id").bind("company", companyId).mapTo(Long.class).list();
    }

    /** Hangs a contact or address on an account. */
    public static void attachToAccount(Handle handle, EntitySpec spec, long id, long accountId) {
        handle.createUpdate("UPDATE " + spec.table() + " SET account_id = :account WHERE id = :id")
                .bind("account", accountId).bind("id", id).execute();
    }

    private static Class<?> columnType(Object value, FieldKind kind) {
        return switch (kind) {
            case BOOL -> Boolean.class;
            case DECIMAL -> java.math.BigDecimal.class;
            default -> String.class;
        };
    }
}
