package dev.passerelle.server.rtdv;

import dev.passerelle.server.error.UnknownRecordException;
import dev.passerelle.server.store.Counted;
import dev.passerelle.server.store.Keys;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list statement of one customer account, and the number of rows matching it over
 * all pages.
 *
 * <p>The statements ({@link dev.passerelle.server.store.RtdvRows}) start from the account and
 * outer-join the rows listed, and carry {@code COUNT(<a column the rows never leave null>) OVER ()}
 * with every row. A customer account so always answers its first page with at least one row, which
 * holds no row and a count of 0 when nothing matches, and an unknown account or a supplier answers
 * none: the account is checked by the page's own statement, where a statement of its own was about
 * 30% of a page's database time.
 */
record PagedRows<T>(List<T> rows, long totalCount) {

    /** A list statement of one account, from row {@code offset}, at most {@code pageSize} rows. */
    @FunctionalInterface
    interface Statement<R> {
        List<Counted<R>> page(long account, long offset, int pageSize);
    }

    static <R, T> PagedRows<T> read(String accountKey, Paging paging, Statement<R> statement, Function<R, T> toContract) {
        long account = Keys.parse(accountKey).orElseThrow(() -> new UnknownRecordException("account", accountKey));
        List<Counted<R>> page = statement.page(account, paging.offset(), paging.pageSize());
        long total = totalOf(page);
        if (total < 0 && paging.offset() > 0) {
            // Past the last page the window count has no row to ride on: ask for the first row instead.
            total = totalOf(statement.page(account, 0, 1));
        }
        if (total < 0) {
            throw new UnknownRecordException("account", accountKey);
        }
        List<T> rows = total == 0 ? List.of() : page.stream().map(counted -> toContract.apply(counted.row())).toList();
        return new PagedRows<>(rows, total);
    }

    /** The count the rows carry; -1 when there is none (an unknown account, a supplier, or past the last page). */
    private static long totalOf(List<? extends Counted<?>> page) {
        return page.isEmpty() ? -1 : page.get(0).totalCount();
    }
}
