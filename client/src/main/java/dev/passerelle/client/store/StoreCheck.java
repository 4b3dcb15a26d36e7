package dev.passerelle.client.store;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Checks a CRM store for the damage a crash of the database can leave behind (a transaction partly
 * visible after recovery): tables that cannot be read to the end, identities whose CRM record is
 * gone, pending edits of records that are gone, records whose account or company is gone. The engine
 * itself never leaves these (every page and batch is one transaction); {@link #tidy} removes them so
 * that a full resync can bring the records back from the ERP. Stateless; SQL valid on SQL Server and H2.
 */
public final class StoreCheck {

    /** What is wrong. */
    public enum Kind {
        UNREADABLE_TABLE,
        IDENTITY_WITHOUT_RECORD,
        PENDING_EDIT_WITHOUT_RECORD,
        RECORD_WITHOUT_OWNER
    }

    /** One problem: its kind, the table it is in, and what a person needs to know. */
    public record Problem(Kind kind, String table, String detail) {
    }

    /** What {@link #tidy} removed: identities, pending edits, and records removed or unlinked. */
    public record Tidied(int identities, int pendingEdits, int records) {
        public int total() {
            return identities + pendingEdits + records;
        }
    }

    /** A record table of the identity map and the outbox, by entity name. */
    private record RecordTable(String entity, String table) {
    }

    /** A reference from a record to its owner that a crash may have left dangling. */
    private record Owner(String table, String column, String ownerTable) {
    }

    private static final List<RecordTable> RECORDS = List.of(
            new RecordTable("ACCOUNT", "account"),
            new RecordTable("CONTACT", "contact"),
            new RecordTable("DELIVERY_ADDRESS", "address"));

    private static final List<Owner> OWNERS = List.of(
            new Owner("account", "company_id", "company"),
            new Owner("contact", "account_id", "account"),
            new Owner("address", "account_id", "account"));

    private StoreCheck() {
    }

    /** Every problem found, tables that cannot be read first. Empty for a sound store. */
    public static List<Problem> check(Jdbi jdbi) {
        return jdbi.withHandle(handle -> {
            List<Problem> problems = new ArrayList<>(unreadableTables(handle));
            if (!problems.isEmpty()) {
                return problems;
            }
            for (RecordTable records : RECORDS) {
                handle.createQuery("SELECT i.integration, i.erp_key, i.crm_id FROM identity_map i WHERE i.entity = :entity"
                                + " AND NOT EXISTS (SELECT 1 FROM " + records.table() + " r WHERE r.id = i.crm_id)")
                        .bind("entity", records.entity())
                        .map((rs, ctx) -> new Problem(Kind.IDENTITY_WITHOUT_RECORD, "identity_map",
                                records.entity() + " " + rs.getLong("crm_id") + " (ERP key " + rs.getString("erp_key")
                                        + ", " + rs.getString("integration") + ") is mapped but not in " + records.table()))
                        .forEach(problems::add);
                handle.createQuery("SELECT o.id, o.operation, o.crm_id FROM outbox o WHERE o.entity = :entity"
                                + " AND o.operation <> N'DELETE' AND NOT EXISTS (SELECT 1 FROM " + records.table()
                                + " r WHERE r.id = o.crm_id)")
                        .bind("entity", records.entity())
                        .map((rs, ctx) -> new Problem(Kind.PENDING_EDIT_WITHOUT_RECORD, "outbox",
                                rs.getString("operation") + " of " + records.entity() + " " + rs.getLong("crm_id")
                                        + " (outbox " + rs.getLong("id") + ") waits to be sent but the record is gone"))
                        .forEach(problems::add);
            }
            for (Owner owner : OWNERS) {
                handle.createQuery("SELECT r.id, r." + owner.column() + " AS owner_id FROM " + owner.table() + " r WHERE r."
                                + owner.column() + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " + owner.ownerTable()
                                + " o WHERE o.id = r." + owner.column() + ")")
                        .map((rs, ctx) -> new Problem(Kind.RECORD_WITHOUT_OWNER, owner.table(),
                                owner.table() + " " + rs.getLong("id") + " belongs to " + owner.ownerTable() + " "
                                        + rs.getLong("owner_id") + ", which is gone"))
                        .forEach(problems::add);
            }
            return problems;
        });
    }

    /**
     * Repairs, in one transaction, what {@link #check} reports apart from unreadable tables: an account
     * whose company is gone loses the link (it shows among the orphans, as an account never linked); a
     * contact or address whose account is gone is removed; then identities without their record and
     * pending edits of records that are gone (with their fields and error-queue entries). The next full
     * resync brings the ERP's copies of the removed records back; every other pending edit stays.
     */
    public static Tidied tidy(Jdbi jdbi) {
        return jdbi.inTransaction(handle -> {
            int records = 0;
            for (Owner owner : OWNERS) {
                String dangling = "r." + owner.column() + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " + owner.ownerTable()
                        + " o WHERE o.id = r." + owner.column() + ")";
                if (owner.table().equals("account")) {
                    records += handle.execute("UPDATE account SET company_id = NULL WHERE id IN (SELECT r.id FROM account r"
                            + " WHERE " + dangling + ")");
                } else {
                    records += handle.execute("DELETE FROM " + owner.table() + " WHERE id IN (SELECT r.id FROM "
                            + owner.table() + " r WHERE " + dangling + ")");
                }
            }
            int pendingEdits = 0;
            int identities = 0;
            for (RecordTable table : RECORDS) {
                String gone = "SELECT o.id FROM outbox o WHERE o.entity = N'" + table.entity() + "' AND o.operation <> N'DELETE'"
                        + " AND NOT EXISTS (SELECT 1 FROM " + table.table() + " r WHERE r.id = o.crm_id)";
                handle.execute("DELETE FROM error_queue WHERE outbox_id IN (" + gone + ")");
                handle.execute("DELETE FROM outbox_field WHERE outbox_id IN (" + gone + ")");
                pendingEdits += handle.execute("DELETE FROM outbox WHERE id IN (" + gone + ")");
                identities += handle.execute("DELETE FROM identity_map WHERE entity = N'" + table.entity() + "'"
                        + " AND NOT EXISTS (SELECT 1 FROM " + table.table() + " r WHERE r.id = identity_map.crm_id)");
            }
            return new Tidied(identities, pendingEdits, records);
        });
    }

    /** Reads every row of every table of the store's schema; a table whose reading fails is reported. */
    private static List<Problem> unreadableTables(Handle handle) {
        List<String> tables = new ArrayList<>();
        try {
            DatabaseMetaData metaData = handle.getConnection().getMetaData();
            try (ResultSet found = metaData.getTables(handle.getConnection().getCatalog(), handle.getConnection().getSchema(),
                    "%", new String[] {"TABLE"})) {
                while (found.next()) {
                    tables.add(found.getString("TABLE_NAME"));
                }
            }
        } catch (SQLException unreadable) {
            throw new ConnectionException(unreadable);
        }
        List<Problem> problems = new ArrayList<>();
        for (String table : tables) {
            try (Statement statement = handle.getConnection().createStatement();
                 ResultSet rows = statement.executeQuery("SELECT * FROM " + quoted(table))) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    for (int column = 1; column <= columns; column++) {
                        rows.getObject(column);
                    }
                }
            } catch (SQLException unreadable) {
                problems.add(new Problem(Kind.UNREADABLE_TABLE, table, unreadable.getMessage()));
            }
        }
        return problems;
    }

    private static String quoted(String table) {
        return "\"" + table.replace("\"", "\"\"") + "\"";
    }
}
