package dev.passerelle.common.db;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Binds one value to a plain JDBC statement by its Java type, for the few writes that bypass JDBI's
 * binding for speed (bulk inserts, the ERP's record writes). A null is bound with the SQL type the
 * caller gives, which Microsoft SQL Server needs and H2 accepts. Stateless.
 */
public final class JdbcValues {

    private JdbcValues() {
    }

    /** Binds {@code value} at {@code position} (1-based); {@code nullType} is a {@link java.sql.Types} constant. */
    public static void set(PreparedStatement statement, int position, Object value, int nullType) throws SQLException {
        if (value == null) {
            statement.setNull(position, nullType);
        } else if (value instanceof String text) {
            statement.setString(position, text);
        } else if (value instanceof Long number) {
            statement.setLong(position, number);
        } else if (value instanceof Integer number) {
            statement.setInt(position, number);
        } else if (value instanceof Boolean flag) {
            statement.setBoolean(position, flag);
        } else if (value instanceof BigDecimal number) {
            statement.setBigDecimal(position, number);
        } else {
            statement.setObject(position, value); // date-times and the like: the driver's own mapping
        }
    }
}
