package dev.passerelle.server.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The checks and bookkeeping around applying a client's record: the record an insert already made
 * (by its client reference), unique codes and labels, the lists of values fields must come from,
 * deletes guarded by the version the client saw. Attach to the handle of the batch's transaction.
 */
@RegisterConstructorMapper(ApplyTables.ListCode.class)
public interface ApplyTables {

    /** A code of one of the company's lists of values. */
    record ListCode(String listName, String code) {
    }

    /** The record an insert with this client reference made, if its reference is still kept. */
    @SqlQuery("SELECT record_id FROM applied_insert WHERE entity = :entity AND client_ref = :ref")
    Optional<Long> appliedInsert(@Bind("entity") String entity, @Bind("ref") String clientRef);

    @SqlUpdate("INSERT INTO applied_insert (entity, client_ref, record_id) VALUES (:entity, :ref, :id)")
    void rememberInsert(@Bind("entity") String entity, @Bind("ref") String clientRef, @Bind("id") long recordId);

    /**
     * Deletes a contact or delivery address at the version the client saw ({@code table}: a code constant);
     * answers 0 when it moved on or is gone.
     */
    @SqlUpdate("DELETE FROM <table> WHERE id = :id AND row_version = :version")
    int deleteAtVersion(@Define("table") String table, @Bind("id") long id, @Bind("version") long version);

    /** The version a record's deletion took. */
    @SqlQuery("SELECT MAX(row_version) FROM tombstone WHERE entity = :entity AND record_id = :id")
    Optional<Long> deletionVersion(@Bind("entity") String entity, @Bind("id") long recordId);

    /** Sets an account dormant (accounts are never deleted). */
    @SqlUpdate("UPDATE account SET dormant = 1 WHERE id = :id AND dormant = 0")
    void setDormant(@Bind("id") long accountId);

    @SqlQuery("SELECT COUNT(*) FROM account WHERE code = :code AND id <> :self")
    long otherAccountsWithCode(@Bind("code") String code, @Bind("self") long selfId);

    /** Whether a record exists in a table ({@code table}: a code constant). */
    @SqlQuery("SELECT COUNT(*) FROM <table> WHERE id = :id")
    long count(@Define("table") String table, @Bind("id") long id);

    /** Delivery addresses of an account with this label, other than {@code self} (-1: none). */
    @SqlQuery("SELECT COUNT(*) FROM delivery_address WHERE account_id = :account AND label = :label AND id <> :self")
    long addressesLabelled(@Bind("account") long accountId, @Bind("label") String label, @Bind("self") long selfId);

    /** Makes one delivery address the account's only main one. */
    @SqlUpdate("UPDATE delivery_address SET is_main = 0 WHERE account_id = :account AND id <> :keep AND is_main = 1")
    void clearOtherMain(@Bind("account") long accountId, @Bind("keep") long keepId);

    @SqlQuery("SELECT list_name, code FROM setting_value ORDER BY list_name, list_position, code")
    List<ListCode> listCodes();
}
