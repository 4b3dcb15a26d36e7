package dev.passerelle.client.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** What an administrator looks up about companies: find them by name, and one with its accounts. Attach to a handle. */
@RegisterConstructorMapper(CompanyReads.CompanyRow.class)
@RegisterConstructorMapper(CompanyReads.AccountLink.class)
@RegisterConstructorMapper(CompanyReads.ChildRow.class)
public interface CompanyReads {

    /** A company as listed: its flags and how many accounts it has. */
    record CompanyRow(long id, String name, String companyType, String vatNumber, String city, boolean active,
                      boolean neverSync, boolean skipNextRun, int accounts) {
    }

    /** An account of a company: its integration, code, ERP key, whether primary, dormant, deleted in the ERP. */
    record AccountLink(long id, String integration, String accountCode, String erpKey, boolean isPrimary, boolean dormant,
                       boolean erpDeleted, boolean isGeneric) {
    }

    /** A contact or address of a company, and the account it hangs on (null: the company's only). */
    record ChildRow(long id, String name, String city, Long accountId) {
    }

    String COLUMNS = "SELECT c.id, c.name, c.company_type, c.vat_number, c.city, c.active, c.never_sync, c.skip_next_run,"
            + " (SELECT COUNT(*) FROM account a WHERE a.company_id = c.id) AS accounts FROM company c";

    /** Companies whose name is like {@code pattern} (any case; a backslash escapes % and _), by name, at most {@code limit}. */
    @SqlQuery(COLUMNS + " WHERE UPPER(c.name) LIKE UPPER(:pattern) ESCAPE '\\' ORDER BY c.name, c.id OFFSET 0 ROWS FETCH NEXT :limit ROWS ONLY")
    List<CompanyRow> byName(@Bind("pattern") String pattern, @Bind("limit") int limit);

    // A page is cut from the companies alone, then only its rows count their accounts: counted in the
    // same SELECT, every company's accounts were counted before the sort (620 ms a page at 100,000).
    String PAGE_BY_NAME = "SELECT p.id, p.name, p.company_type, p.vat_number, p.city, p.active, p.never_sync, p.skip_next_run,"
            + " (SELECT COUNT(*) FROM account a WHERE a.company_id = p.id) AS accounts FROM (SELECT c.id, c.name, c.company_type,"
            + " c.vat_number, c.city, c.active, c.never_sync, c.skip_next_run FROM company c";
    String PAGE_BY_NAME_END = " ORDER BY c.name, c.id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY) p ORDER BY p.name, p.id";

    /** One page of the companies whose name is like {@code pattern}, by name, from row {@code offset}. */
    @SqlQuery(PAGE_BY_NAME + " WHERE UPPER(c.name) LIKE UPPER(:pattern) ESCAPE '\\'" + PAGE_BY_NAME_END)
    List<CompanyRow> byName(@Bind("pattern") String pattern, @Bind("offset") int offset, @Bind("limit") int limit);

    /** One page of all the companies, by name, from row {@code offset}. */
    @SqlQuery(PAGE_BY_NAME + PAGE_BY_NAME_END)
    List<CompanyRow> byName(@Bind("offset") int offset, @Bind("limit") int limit);

    /**
     * The ids of every company whose name is like {@code pattern}, by name: one pass over the names
     * (in {@code ix_company_name} alone) gives a page and the count, where a page and a count each
     * compared every name.
     */
    @SqlQuery("SELECT c.id FROM company c WHERE UPPER(c.name) LIKE UPPER(:pattern) ESCAPE '\\' ORDER BY c.name, c.id")
    List<Long> idsByName(@Bind("pattern") String pattern);

    @SqlQuery("SELECT COUNT(*) FROM company")
    long count();

    @SqlQuery(COLUMNS + " WHERE c.id = :id")
    Optional<CompanyRow> company(@Bind("id") long id);

    @SqlQuery("SELECT a.id, a.integration, a.account_code, i.erp_key, a.is_primary, a.dormant, a.erp_deleted, a.is_generic"
            + " FROM account a LEFT JOIN identity_map i ON i.integration = a.integration AND i.entity = N'ACCOUNT' AND i.crm_id = a.id"
            + " WHERE a.company_id = :id ORDER BY a.is_primary DESC, a.id")
    List<AccountLink> accounts(@Bind("id") long companyId);

    @SqlQuery("SELECT id, CONCAT(COALESCE(first_name, N''), CASE WHEN first_name IS NULL THEN N'' ELSE N' ' END, last_name)"
            + " AS name, city, account_id FROM contact WHERE company_id = :id ORDER BY id")
    List<ChildRow> contacts(@Bind("id") long companyId);

    @SqlQuery("SELECT id, label AS name, city, account_id FROM address WHERE company_id = :id ORDER BY id")
    List<ChildRow> addresses(@Bind("id") long companyId);
}
