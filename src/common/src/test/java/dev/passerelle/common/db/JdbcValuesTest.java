package dev.passerelle.common.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Values of each Java type, and typed nulls, written through a plain statement and read back. */
class JdbcValuesTest {

    @Test
    void eachJavaTypeAndATypedNullRoundTrip() throws SQLException {
        try (Connection connection = DriverManager.getConnection(H2Urls.memory("values-" + UUID.randomUUID()))) {
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE TABLE sample (label NVARCHAR(20), count_big BIGINT, count_small INT,"
                        + " flag BIT, amount DECIMAL(12, 2), due_on DATE, note NVARCHAR(20))");
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sample VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                JdbcValues.set(insert, 1, "café", Types.NVARCHAR);
                JdbcValues.set(insert, 2, 9_000_000_000L, Types.BIGINT);
                JdbcValues.set(insert, 3, 42, Types.INTEGER);
                JdbcValues.set(insert, 4, true, Types.BIT);
                JdbcValues.set(insert, 5, new BigDecimal("1234.50"), Types.DECIMAL);
                JdbcValues.set(insert, 6, LocalDate.of(2026, 12, 5), Types.DATE);
                JdbcValues.set(insert, 7, null, Types.NVARCHAR);
                insert.executeUpdate();
            }
            try (Statement select = connection.createStatement();
                 ResultSet row = select.executeQuery("SELECT * FROM sample")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("label")).isEqualTo("café");
                assertThat(row.getLong("count_big")).isEqualTo(9_000_000_000L);
                assertThat(row.getInt("count_small")).isEqualTo(42);
                assertThat(row.getBoolean("flag")).isTrue();
                assertThat(row.getBigDecimal("amount")).isEqualByComparingTo("1234.50");
                assertThat(row.getObject("due_on", LocalDate.class)).isEqualTo(LocalDate.of(2026, 12, 5));
                assertThat(row.getString("note")).isNull();
                assertThat(row.wasNull()).isTrue();
            }
        }
    }
}
