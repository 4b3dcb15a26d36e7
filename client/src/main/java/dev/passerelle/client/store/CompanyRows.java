package dev.passerelle.client.store;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The CRM's own company rows, as the edit API writes them: created by hand, flagged, given an account
 * manager, deleted with what is their own. The fields a company mirrors from its primary account are
 * written by {@link CompanyFields}. Attach to the handle of the caller's transaction.
 */
@RegisterConstructorMapper(CompanyRows.Company.class)
public interface CompanyRows {

    /** A company's own fields: what an account made from it starts with. */
    record Company(long id, String name, String companyType, String vatNumber, String website, boolean active,
                   String street, String complement, String postalCode, String city, String region, String country) {
    }

    @SqlUpdate("INSERT INTO company (id, name, company_type, vat_number, vat_normalised, website, street, postal_code, city,"
            + " country, active, never_sync, skip_next_run, created_at, updated_at) VALUES (:id, :name, :type, :vat,"
            + " :vatNormalised, :website, :street, :postalCode, :city, :country, 1, 0, 0, :now, :now)")
    void insert(@Bind("id") long id, @Bind("name") String name, @Bind("type") String companyType,
                @Bind("vat") String vatNumber, @Bind("vatNormalised") String vatNormalised, @Bind("website") String website,
                @Bind("street") String street, @Bind("postalCode") String postalCode, @Bind("city") String city,
                @Bind("country") String country, @Bind("now") LocalDateTime now);

    /** A company with only a name and a type (the rest comes from the account it is made for). */
    default void insert(long id, String name, String companyType, LocalDateTime now) {
        insert(id, name, companyType, null, null, null, null, null, null, null, now);
    }

    @SqlQuery("SELECT id, name, company_type, vat_number, website, active, street, complement, postal_code, city, region,"
            + " country FROM company WHERE id = :id")
    Optional<Company> company(@Bind("id") long companyId);

    /** A company's name; empty when there is no such company. */
    @SqlQuery("SELECT name FROM company WHERE id = :id")
    Optional<String> name(@Bind("id") long companyId);

    default boolean exists(long companyId) {
        return name(companyId).isPresent();
    }

    @SqlQuery("SELECT COUNT(*) FROM contact WHERE company_id = :company AND is_primary = 1")
    int primaryContacts(@Bind("company") long companyId);

    /** A company's account manager (a CRM login); null when none. */
    @SqlQuery("SELECT account_manager FROM company WHERE id = :id")
    String accountManager(@Bind("id") long companyId);

    /** A company and its account manager (null when none). */
    record Manager(long id, String accountManager) {
    }

    /** The account managers of these companies. */
    @SqlQuery("SELECT id, account_manager FROM company WHERE id IN (<ids>)")
    @RegisterConstructorMapper(Manager.class)
    List<Manager> accountManagers(@BindList("ids") List<Long> companyIds);

    @SqlUpdate("UPDATE company SET account_manager = :login WHERE id = :id")
    void setAccountManager(@Bind("id") long companyId, @Bind("login") String login);

    /** The ERP representative a CRM user stands for in an integration; null when none. */
    @SqlQuery("SELECT representative_key FROM crm_user WHERE login = :login AND rep_integration = :integration")
    String representativeOf(@Bind("login") String login, @Bind("integration") String integration);

    /** Of these companies, those flagged "never sync" (ids in chunks small enough for one statement's parameters). */
    @SqlQuery("SELECT id FROM company WHERE never_sync = 1 AND id IN (<ids>)")
    List<Long> neverSyncAmong(@BindList("ids") List<Long> companyIds);

    /** Answers how many companies were flagged: 0 when there is no such company. */
    @SqlUpdate("UPDATE company SET never_sync = :on WHERE id = :id")
    int setNeverSync(@Bind("id") long companyId, @Bind("on") boolean on);

    /** Answers how many companies were flagged: 0 when there is no such company. */
    @SqlUpdate("UPDATE company SET skip_next_run = :on WHERE id = :id")
    int setSkipNextRun(@Bind("id") long companyId, @Bind("on") boolean on);

    /** Contacts typed on the company itself, not on one of its ERP accounts. */
    @SqlQuery("SELECT id FROM contact WHERE company_id = :id AND account_id IS NULL ORDER BY id")
    List<Long> ownContacts(@Bind("id") long companyId);

    @SqlUpdate("DELETE FROM address WHERE company_id = :id AND account_id IS NULL")
    void deleteOwnAddresses(@Bind("id") long companyId);

    /** Lets the contacts and addresses of the company's former accounts go (they stay with their account). */
    default void releaseChildren(long companyId) {
        releaseContacts(companyId);
        releaseAddresses(companyId);
    }

    @SqlUpdate("UPDATE contact SET company_id = NULL WHERE company_id = :id")
    void releaseContacts(@Bind("id") long companyId);

    @SqlUpdate("UPDATE address SET company_id = NULL WHERE company_id = :id")
    void releaseAddresses(@Bind("id") long companyId);

    @SqlUpdate("DELETE FROM company WHERE id = :id")
    void delete(@Bind("id") long companyId);
}
