package dev.passerelle.server.changes.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

final class H2Columns {

    private H2Columns() {
    }

    /** The 0-based position of a column in the rows H2 hands to triggers. */
    static int indexOf(Connection connection, String schema, String table, String column) throws SQLException {
        int index = indexOfOptional(connection, schema, table, column);
        if (index < 0) {
            throw new SQLException("no column " + column + " in " + schema + "." + table);
        }
        return index;
    }

    /** The 0-based position of a column, or -1 when the table has no such column (yet). */
    static int indexOfOptional(Connection connection, String schema, String table, String column) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT ORDINAL_POSITION FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE UPPER(TABLE_SCHEMA) = UPPER(?) AND UPPER(TABLE_NAME) = UPPER(?) AND UPPER(COLUMN_NAME) = UPPER(?)")) {
            query.setString(1, schema);
            query.setString(2, table);
            query.setString(3, column);
            try (ResultSet result = query.executeQuery()) {
                return result.next() ? result.getInt(1) - 1 : -1;
            }
        }
    }
}
