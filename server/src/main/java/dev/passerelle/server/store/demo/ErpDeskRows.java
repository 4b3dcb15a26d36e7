package dev.passerelle.server.store.demo;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * What an ERP user does at the ERP's own desk in the demo: plain statements on the ERP database, with
 * no help from the endpoint, whose change tracking must still see each of them. Updates answer how
 * many accounts changed. Attach to a handle.
 */
@RegisterConstructorMapper(ErpDeskRows.Customer.class)
@RegisterConstructorMapper(ErpDeskRows.ContactName.class)
public interface ErpDeskRows {

    record Customer(String code, String name, String vatNumber, String country) {
    }

    record ContactName(long id, String firstName, String lastName) {
    }

    /** Active customer accounts with a VAT number of the six countries the demo types, in code order. */
    @SqlQuery("SELECT code, name, vat_number, country FROM account"
            + " WHERE account_type = 'CUSTOMER' AND dormant = 0 AND vat_number IS NOT NULL"
            + " AND country IN ('FR', 'BE', 'DE', 'NL', 'IT', 'ES')"
            + " ORDER BY code OFFSET :skip ROWS FETCH NEXT :count ROWS ONLY")
    List<Customer> customers(@Bind("skip") int skip, @Bind("count") int count);

    @SqlUpdate("UPDATE account SET name = :value WHERE code = :code")
    int rename(@Bind("code") String code, @Bind("value") String name);

    @SqlUpdate("UPDATE account SET website = :value WHERE code = :code")
    int setWebsite(@Bind("code") String code, @Bind("value") String website);

    @SqlUpdate("UPDATE account SET code = :value WHERE code = :code")
    int recode(@Bind("code") String code, @Bind("value") String newCode);

    @SqlUpdate("UPDATE account SET dormant = 1 WHERE code = :code AND dormant = 0")
    int setDormant(@Bind("code") String code);

    /** The account's contact added last. */
    @SqlQuery("SELECT c.id, c.first_name, c.last_name FROM contact c"
            + " JOIN account a ON a.id = c.account_id WHERE a.code = :code ORDER BY c.id DESC"
            + " OFFSET 0 ROWS FETCH NEXT 1 ROWS ONLY")
    Optional<ContactName> lastContact(@Bind("code") String accountCode);

    @SqlUpdate("DELETE FROM contact WHERE id = :id")
    void deleteContact(@Bind("id") long contactId);

    /** The rows of a table ({@code table}: a name the caller writes, never a user's text). */
    @SqlQuery("SELECT COUNT(*) FROM <table>")
    long count(@Define("table") String table);
}
