package dev.passerelle.server.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reading nullable columns. */
final class Columns {

    private Columns() {
    }

    static Long longOrNull(ResultSet rows, String column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    static Integer intOrNull(ResultSet rows, String column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }

    /** Amounts travel with the scale the contract allows (at most four decimals), without trailing zeros noise. */
    static BigDecimal amount(ResultSet rows, String column) throws SQLException {
        BigDecimal value = rows.getBigDecimal(column);
        return value == null ? null : value.stripTrailingZeros().scale() < 2 ? value.setScale(2) : value.stripTrailingZeros();
    }

    static String trimmed(ResultSet rows, String column) throws SQLException {
        String value = rows.getString(column);
        return value == null ? null : value.strip();
    }
}
