package dev.passerelle.server.rtdv;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * One page of a list statement and the number of rows matching it over all pages. The statements
 * carry {@code COUNT(*) OVER () AS total_count} and end with {@code OFFSET :offset ROWS FETCH NEXT
 * :pageSize ROWS ONLY}.
 */
record PagedRows<T>(List<T> rows, long totalCount) {

    static <T> PagedRows<T> read(Handle handle, String statement, Consumer<Query> filters, RowMapper<T> mapper,
            Paging paging) {
        List<T> rows = new ArrayList<>();
        long[] total = {0};
        run(handle, statement, filters, paging.offset(), paging.pageSize(), (results, context) -> {
            total[0] = results.getLong("total_count");
            rows.add(mapper.map(results, context));
            return null;
        });
        if (rows.isEmpty() && paging.offset() > 0) {
            // Past the last page the window count has no row to ride on: ask for the first row instead.
            run(handle, statement, filters, 0, 1, (results, context) -> total[0] = results.getLong("total_count"));
        }
        return new PagedRows<>(List.copyOf(rows), total[0]);
    }

    private static void run(Handle handle, String statement, Consumer<Query> filters, long offset, int pageSize,
            RowMapper<?> reader) {
        try (Query query = handle.createQuery(RtdvSql.named(statement))) {
            filters.accept(query);
            query.bind("offset", offset).bind("pageSize", pageSize).map(reader).forEach(row -> { });
        }
    }
}
