package dev.passerelle.server.apply;

import dev.passerelle.common.db.DatabaseErrors;
import dev.passerelle.common.db.JdbcValues;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.statement.ParsedSql;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * One write of this package (an UPDATE, or an INSERT answering its generated key) written with named
 * parameters ({@code :name}) and run as plain JDBC on a handle's connection, so in its transaction:
 * per applied record, JDBI's named binding cost more than the write itself. The statement is
 * translated to {@code ?} placeholders by JDBI's own parser once per statement text; values are bound
 * by name, nulls with the SQL type of the value's Java type (text NVARCHAR, whole numbers BIGINT,
 * flags BIT, amounts DECIMAL), which every column written here accepts. Every parameter must be bound, and only those. A failure is thrown as
 * JDBI's {@link UnableToExecuteStatementException} with the {@link SQLException} as its cause, as a
 * JDBI update throws it, so it is classified the same way. Used by one thread, executed once.
 */
final class PlainUpdate {

    /** Statement texts translated, by named text. */
    private static final Map<String, Shape> SHAPES = new ConcurrentHashMap<>();

    private final Handle handle;
    private final Shape shape;
    private final Object[] values;
    private final int[] types;
    private final boolean[] bound;

    private PlainUpdate(Handle handle, Shape shape) {
        this.handle = handle;
        this.shape = shape;
        int count = shape.names.size();
        this.values = new Object[count];
        this.types = new int[count];
        this.bound = new boolean[count];
    }

    /** An update of {@code namedSql} (constant text, parameters as {@code :name}) on the handle's connection. */
    static PlainUpdate of(Handle handle, String namedSql) {
        Shape shape = SHAPES.computeIfAbsent(namedSql, text -> Shape.parse(handle.getConfig(), text));
        return new PlainUpdate(handle, shape);
    }

    PlainUpdate bind(String name, String value) {
        return set(name, value, Types.NVARCHAR);
    }

    PlainUpdate bind(String name, Long value) {
        return set(name, value, Types.BIGINT);
    }

    PlainUpdate bind(String name, long value) {
        return set(name, value, Types.BIGINT);
    }

    PlainUpdate bind(String name, boolean value) {
        return set(name, value, Types.BIT);
    }

    PlainUpdate bind(String name, BigDecimal value) {
        return set(name, value, Types.DECIMAL);
    }

    /** Bound in one go: the values of shared column groups ({@link Sql#address}, {@link Sql#phonesAndEmails}). */
    PlainUpdate bindAll(Map<String, String> texts) {
        texts.forEach(this::bind);
        return this;
    }

    /** Runs the statement; answers the rows it changed. */
    int execute() {
        checkBound();
        try (PreparedStatement statement = handle.getConnection().prepareStatement(shape.sql)) {
            setAll(statement);
            return statement.executeUpdate();
        } catch (SQLException failure) {
            throw DatabaseErrors.unableToExecute(failure, shape.sql);
        }
    }

    /** Runs an INSERT of one row; answers the value the database generated for {@code column}. */
    long executeAndReturnKey(String column) {
        checkBound();
        try (PreparedStatement statement = handle.getConnection().prepareStatement(shape.sql, new String[] {column})) {
            setAll(statement);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new IllegalStateException("no generated " + column + " [" + shape.sql + "]");
                }
                return keys.getLong(1);
            }
        } catch (SQLException failure) {
            throw DatabaseErrors.unableToExecute(failure, shape.sql);
        }
    }

    private void checkBound() {
        for (int index = 0; index < bound.length; index++) {
            if (!bound[index]) {
                throw new IllegalStateException(
                        "parameter :" + shape.names.get(index) + " is not bound [" + shape.sql + "]");
            }
        }
    }

    private void setAll(PreparedStatement statement) throws SQLException {
        for (int index = 0; index < values.length; index++) {
            JdbcValues.set(statement, index + 1, values[index], types[index]);
        }
    }

    private PlainUpdate set(String name, Object value, int type) {
        int[] positions = shape.positions.get(name);
        if (positions == null) {
            throw new IllegalArgumentException("the statement has no parameter :" + name + " [" + shape.sql + "]");
        }
        for (int index : positions) {
            values[index] = value;
            types[index] = type;
            bound[index] = true;
        }
        return this;
    }

    /** A statement text with {@code ?} placeholders, and the name at each position (0-based). */
    private static final class Shape {
        private final String sql;
        private final List<String> names;
        private final Map<String, int[]> positions;

        private Shape(String sql, List<String> names) {
            this.sql = sql;
            this.names = names;
            Map<String, int[]> byName = new HashMap<>();
            for (int index = 0; index < names.size(); index++) {
                int[] known = byName.getOrDefault(names.get(index), new int[0]);
                int[] more = Arrays.copyOf(known, known.length + 1);
                more[known.length] = index;
                byName.put(names.get(index), more);
            }
            this.positions = Map.copyOf(byName);
        }

        /** Translated by the parser the handle's JDBI uses for named statements, so placeholders read the same. */
        static Shape parse(ConfigRegistry config, String namedSql) {
            ParsedSql parsed = config.get(SqlStatements.class).getSqlParser().parse(namedSql, null);
            if (parsed.getParameters().isPositional()) {
                throw new IllegalArgumentException("a statement with named parameters is expected [" + namedSql + "]");
            }
            return new Shape(parsed.getSql(), List.copyOf(parsed.getParameters().getParameterNames()));
        }
    }
}
