package dev.passerelle.server.store;

/** One stored record as the contract shows it, with its row id and version. */
public record Row<T>(long id, long version, T record) {
}
