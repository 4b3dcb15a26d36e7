package dev.passerelle.server.rtdv;

import dev.passerelle.server.error.UnknownRecordException;
import dev.passerelle.server.store.Keys;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * One page of a list statement of one customer account, and the number of rows matching it over
 * all pages.
 *
 * <p>The statements start from the account and outer-join the rows listed: {@code FROM account a
 * LEFT JOIN ... ON <filters> WHERE a.id = :account AND a.account_type = 'CUSTOMER'}; they carry
 * {@code COUNT(<a column the rows never leave null>) OVER () AS total_count} and end with
 * {@code OFFSET :offset ROWS FETCH NEXT :pageSize ROWS ONLY}. A customer account so always answers
 * its first page with at least one row, which holds only nulls and a count of 0 when nothing
 * matches, and an unknown account or a supplier answers none: the account is checked by the page's
 * own statement, where a statement of its own was about 30% of a page's database time.
 */
record PagedRows<T>(List<T> rows, long totalCount) {

    static <T> PagedRows<T> read(Handle handle, String statement, String accountKey, Consumer<Query> filters,
            RowMapper<T> mapper, Paging paging) {
        long account = Keys.parse(accountKey).orElseThrow(() -> new UnknownRecordException("account", accountKey));
        List<T> rows = new ArrayList<>();
        long[] total = {-1};
        run(handle, statement, account, filters, paging.offset(), paging.pageSize(), (results, context) -> {
            total[0] = results.getLong("total_count");
            if (total[0] > 0) {
                rows.add(mapper.map(results, context));
            }
            return null;
        });
        if (total[0] < 0 && paging.offset() > 0) {
            // Past the last page the window count has no row to ride on: ask for the first row instead.
            run(handle, statement, account, filters, 0, 1, (results, context) -> total[0] = results.getLong("total_count"));
        }
        if (total[0] < 0) {
            throw new UnknownRecordException("account", accountKey);
        }
        return new PagedRows<>(List.copyOf(rows), total[0]);
    }

    private static void run(Handle handle, String statement, long account, Consumer<Query> filters, long offset,
            int pageSize, RowMapper<?> reader) {
        try (Query query = handle.createQuery(RtdvSql.named(statement))) {
            filters.accept(query);
            query.bind("account", account).bind("offset", offset).bind("pageSize", pageSize).map(reader).forEach(row -> { });
        }
    }
}
