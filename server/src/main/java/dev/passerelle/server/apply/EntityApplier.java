package dev.passerelle.server.apply;

import dev.passerelle.contract.v1.ApplyRecord;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.server.store.Row;
import org.jdbi.v3.core.Handle;

/** The writes of one entity ApplyChanges accepts: validation with defaults, insert, update. */
interface EntityApplier<T> {

    EntityType entity();

    /** The record of the entity carried by an ApplyRecord, or null. */
    T payload(ApplyRecord record);

    /** The field-path prefix of this entity's errors, e.g. {@code account}. */
    String prefix();

    /**
     * Checks the record and fills its defaults; {@code current} is null for an insert. Errors go to
     * {@code errors}; nothing is written.
     */
    void validate(Handle handle, CompanyLists lists, T record, Row<T> current, FieldErrors errors);

    /** Inserts a validated record; returns its new id. */
    long insert(Handle handle, T record);

    /** Updates a validated record if it is still at {@code baseVersion}; returns the rows changed (0 or 1). */
    int update(Handle handle, long id, long baseVersion, T record);
}
