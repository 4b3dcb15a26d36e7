package dev.passerelle.client.store;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The parent accounts of the ERP's contacts and addresses, found by their ERP keys: identity map,
 * account and company in one read. Lists are given in chunks small enough for one statement's parameters.
 */
@RegisterConstructorMapper(ParentRows.ParentAccount.class)
public interface ParentRows {

    /**
     * A parent account, with the billing address of its company (a new contact's address) and whether the
     * company is flagged "never sync"; the company's columns are null for an account without one.
     */
    record ParentAccount(String erpKey, long id, Long companyId, String street, String complement, String postalCode,
                         String city, String region, String country, Boolean neverSync) {
    }

    @SqlQuery("SELECT i.erp_key, a.id, a.company_id, c.street, c.complement, c.postal_code, c.city, c.region, c.country,"
            + " c.never_sync FROM identity_map i JOIN account a ON a.id = i.crm_id LEFT JOIN company c ON c.id = a.company_id"
            + " WHERE i.integration = :integration AND i.entity = N'ACCOUNT' AND i.erp_key IN (<keys>)")
    List<ParentAccount> byErpKeys(@Bind("integration") String integration, @BindList("keys") List<String> accountKeys);

    /** Of these accounts, those that have a primary contact. */
    @SqlQuery("SELECT DISTINCT account_id FROM contact WHERE is_primary = 1 AND account_id IN (<ids>)")
    List<Long> withPrimaryContact(@BindList("ids") List<Long> accountIds);
}
