package dev.passerelle.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The loop of the benchmark's direct JDBC copies: the rows of one query inserted into another
 * database in batches of {@value #BATCH}, one transaction per batch.
 */
final class BatchCopy {

    static final int BATCH = 1_000;

    /** The insert statement for the query's columns, with a parameter for each. */
    @FunctionalInterface
    interface Insert {
        String statement(ResultSetMetaData columns) throws SQLException;
    }

    private BatchCopy() {
    }

    /** Copies the rows {@code query} gives on {@code source} into {@code sink}; returns how many. */
    static long copy(Connection source, String query, Connection sink, Insert insert) throws SQLException {
        sink.setAutoCommit(false);
        long copied = 0;
        try (Statement statement = source.createStatement()) {
            statement.setFetchSize(BATCH);
            try (ResultSet rows = statement.executeQuery(query);
                    PreparedStatement inserting = sink.prepareStatement(insert.statement(rows.getMetaData()))) {
                int width = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    for (int column = 1; column <= width; column++) {
                        inserting.setObject(column, rows.getObject(column));
                    }
                    inserting.addBatch();
                    if (++copied % BATCH == 0) {
                        inserting.executeBatch();
                        sink.commit();
                    }
                }
                inserting.executeBatch();
                sink.commit();
            }
        } finally {
            sink.setAutoCommit(true);
        }
        return copied;
    }
}
