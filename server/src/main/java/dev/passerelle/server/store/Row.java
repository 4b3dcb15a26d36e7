package dev.passerelle.server.store;

/**
 * One stored record as the contract shows it, with its row id, its version and the version it was
 * created with (0 when unknown: records older than that column, or entities that are never inserted).
 */
public record Row<T>(long id, long version, long createdVersion, T record) {
}
