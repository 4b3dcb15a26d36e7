package dev.passerelle.server.store;

import dev.passerelle.contract.v1.Change;
import dev.passerelle.contract.v1.EntityType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * How one entity of the contract is stored: its table (aliased {@code t}), the columns to read and
 * how a row becomes the contract's record. The select list always includes {@code t.row_version}.
 */
public interface TrackedTable<T> {

    EntityType entity();

    /** The FROM clause, the entity's table aliased {@code t} (and any joins). */
    String from();

    /** The row id column of {@code t}. */
    default String idColumn() {
        return "id";
    }

    /** Whether the table records the version each row was created with ({@code created_version}). */
    default boolean tracksCreation() {
        return true;
    }

    /** The select list. */
    String columns();

    T map(ResultSet rows) throws SQLException;

    /** Fills what lives in other tables (free-field values of accounts, lists of the company). */
    default void complete(Handle handle, List<Row<T>> rows) {
    }

    /** Puts the record in a change of GetChanges. */
    void attach(Change change, T record);
}
