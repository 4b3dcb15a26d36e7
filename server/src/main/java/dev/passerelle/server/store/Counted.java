package dev.passerelle.server.store;

/**
 * A row of a list statement with the number of rows the statement matches over all its pages (its
 * {@code total_count} column). The list statements outer-join their rows to the account, so a customer
 * with nothing to list answers one row whose count is 0: that row is null here.
 */
public record Counted<T>(T row, long totalCount) {
}
