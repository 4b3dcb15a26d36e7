package dev.passerelle.client.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The rows behind the links between CRM companies and ERP accounts: which company an account hangs
 * on, whether it is the company's primary account of its integration, and what moves with it (its
 * contacts and addresses). Attach to the handle of the caller's transaction.
 */
@RegisterConstructorMapper(LinkRows.LinkedAccount.class)
@RegisterConstructorMapper(LinkRows.OrphanRow.class)
@RegisterConstructorMapper(LinkRows.GenericAccount.class)
public interface LinkRows extends SqlObject {

    /** An account as links see it. {@code companyId} is null for an account with no company. */
    record LinkedAccount(long id, String integration, String name, String accountType, Long companyId,
                         boolean isPrimary, boolean erpDeleted, boolean isGeneric) {

        public boolean linked() {
            return companyId != null;
        }
    }

    /** An account with no company, or a secondary account of one; {@code erpKey} is null before its first sync. */
    record OrphanRow(long id, String integration, String erpKey, String accountCode, String name, Long companyId) {
    }

    /** An account prospects may be attached to. */
    record GenericAccount(long id, String name, String priceCategory) {
    }

    @SqlQuery("SELECT id, integration, name, account_type, company_id, is_primary, erp_deleted, is_generic"
            + " FROM account WHERE id = :id")
    Optional<LinkedAccount> account(@Bind("id") long accountId);

    @SqlQuery("SELECT id FROM account WHERE integration = :integration AND account_code = :code ORDER BY id")
    List<Long> accountsWithCode(@Bind("integration") String integration, @Bind("code") String accountCode);

    @SqlQuery("SELECT integration FROM account WHERE id = :id")
    Optional<String> integrationOf(@Bind("id") long accountId);

    /** Another account of the integration using the code, if any. */
    @SqlQuery("SELECT id FROM account WHERE integration = :integration AND account_code = :code AND id <> :id ORDER BY id")
    List<Long> othersWithCode(@Bind("integration") String integration, @Bind("code") String accountCode,
                              @Bind("id") long accountId);

    /** An account's current ERP representative; null when none. */
    @SqlQuery("SELECT representative_key FROM account WHERE id = :id")
    String representativeOf(@Bind("id") long accountId);

    @SqlQuery("SELECT id FROM account WHERE company_id = :company ORDER BY id")
    List<Long> accountsOf(@Bind("company") long companyId);

    @SqlQuery("SELECT id FROM account WHERE company_id = :company AND integration = :integration ORDER BY id")
    List<Long> accountsOf(@Bind("company") long companyId, @Bind("integration") String integration);

    /** The company's primary accounts, one per integration. */
    @SqlQuery("SELECT id FROM account WHERE company_id = :company AND is_primary = 1 ORDER BY id")
    List<Long> primaryAccountsOf(@Bind("company") long companyId);

    @SqlQuery("SELECT id FROM account WHERE company_id = :company AND integration = :integration AND is_primary = 1"
            + " ORDER BY id")
    List<Long> primaryAccountsOf(@Bind("company") long companyId, @Bind("integration") String integration);

    @SqlQuery("SELECT a.id, a.integration, i.erp_key, a.account_code, a.name, a.company_id FROM account a"
            + " LEFT JOIN identity_map i ON i.integration = a.integration AND i.entity = N'ACCOUNT' AND i.crm_id = a.id"
            + " WHERE a.integration = :integration AND (a.company_id IS NULL OR a.is_primary = 0) ORDER BY a.id")
    List<OrphanRow> orphans(@Bind("integration") String integration);

    @SqlQuery("SELECT id, name, price_category FROM account WHERE integration = :integration AND is_generic = 1 ORDER BY id")
    List<GenericAccount> genericAccounts(@Bind("integration") String integration);

    /** Hangs an account on a company (or on none: null), as its primary account or an additional one. */
    @SqlUpdate("UPDATE account SET company_id = :company, is_primary = :primary WHERE id = :id")
    void hang(@Bind("id") long accountId, @Bind("company") Long companyId, @Bind("primary") boolean primary);

    @SqlUpdate("UPDATE account SET is_primary = 1 WHERE id = :id")
    void makePrimary(@Bind("id") long accountId);

    @SqlUpdate("UPDATE account SET is_generic = :generic WHERE id = :id")
    void setGeneric(@Bind("id") long accountId, @Bind("generic") boolean generic);

    /** Moves an account's contacts and addresses to the company it now hangs on. */
    default void carryChildren(long accountId, long companyId) {
        carryContacts(accountId, companyId);
        carryAddresses(accountId, companyId);
    }

    @SqlUpdate("UPDATE contact SET company_id = :company WHERE account_id = :account")
    void carryContacts(@Bind("account") long accountId, @Bind("company") long companyId);

    @SqlUpdate("UPDATE address SET company_id = :company WHERE account_id = :account")
    void carryAddresses(@Bind("account") long accountId, @Bind("company") long companyId);

    /** Copies an account's revenue figures onto its company (the ERP is their source). */
    @SqlUpdate("UPDATE company SET revenue_year = (SELECT revenue_year FROM account WHERE id = :account),"
            + " revenue_currency = (SELECT revenue_currency FROM account WHERE id = :account),"
            + " revenue_this_year = (SELECT revenue_this_year FROM account WHERE id = :account),"
            + " revenue_last_year = (SELECT revenue_last_year FROM account WHERE id = :account) WHERE id = :company")
    void copyRevenue(@Bind("account") long accountId, @Bind("company") long companyId);

    @SqlUpdate("UPDATE company SET generic_account_id = :account WHERE id = :id")
    void attachToGeneric(@Bind("id") long companyId, @Bind("account") long genericAccountId);

    /**
     * Moves the contacts and addresses of a company with no account left into another (which keeps
     * one primary contact of its own), then removes it and its parked changes.
     */
    default void absorb(long fromCompanyId, long intoCompanyId) {
        moveContacts(fromCompanyId, intoCompanyId);
        moveAddresses(fromCompanyId, intoCompanyId);
        keepOnePrimaryContact(intoCompanyId);
        deleteParkedChanges(fromCompanyId);
        deleteCompany(fromCompanyId);
    }

    @SqlUpdate("UPDATE contact SET company_id = :to WHERE company_id = :from")
    void moveContacts(@Bind("from") long fromCompanyId, @Bind("to") long toCompanyId);

    @SqlUpdate("UPDATE address SET company_id = :to WHERE company_id = :from")
    void moveAddresses(@Bind("from") long fromCompanyId, @Bind("to") long toCompanyId);

    @SqlUpdate("UPDATE contact SET is_primary = 0 WHERE company_id = :company AND is_primary = 1 AND account_id IS NULL"
            + " AND id NOT IN (SELECT MIN(id) FROM contact WHERE company_id = :company AND is_primary = 1)")
    void keepOnePrimaryContact(@Bind("company") long companyId);

    @SqlUpdate("DELETE FROM parked_change WHERE company_id = :company")
    void deleteParkedChanges(@Bind("company") long companyId);

    default void deleteCompany(long companyId) {
        getHandle().attach(CompanyRows.class).delete(companyId);
    }

    /**
     * Removes an account the ERP deleted, and what hangs on it in the CRM only: the keys of its
     * contacts and addresses (which stay, on its company), its pending edits, free fields, held ERP
     * values and key, and the generic attachments to it.
     */
    default void removeDeletedAccount(String integration, long accountId) {
        forgetContactKeys(integration, accountId);
        forgetAddressKeys(integration, accountId);
        detachContacts(accountId);
        detachAddresses(accountId);
        List<Long> pending = pendingAccountEdits(accountId);
        if (!pending.isEmpty()) {
            Outbox.dropAll(getHandle(), pending);
        }
        deleteFreeFields(accountId);
        deleteHeldValues(accountId);
        forgetAccountKey(integration, accountId);
        detachGenericCompanies(accountId);
        deleteAccount(accountId);
    }

    @SqlUpdate("DELETE FROM identity_map WHERE integration = :integration AND entity = N'CONTACT'"
            + " AND crm_id IN (SELECT id FROM contact WHERE account_id = :account)")
    void forgetContactKeys(@Bind("integration") String integration, @Bind("account") long accountId);

    @SqlUpdate("DELETE FROM identity_map WHERE integration = :integration AND entity = N'DELIVERY_ADDRESS'"
            + " AND crm_id IN (SELECT id FROM address WHERE account_id = :account)")
    void forgetAddressKeys(@Bind("integration") String integration, @Bind("account") long accountId);

    @SqlUpdate("UPDATE contact SET account_id = NULL WHERE account_id = :account")
    void detachContacts(@Bind("account") long accountId);

    @SqlUpdate("UPDATE address SET account_id = NULL WHERE account_id = :account")
    void detachAddresses(@Bind("account") long accountId);

    @SqlQuery("SELECT id FROM outbox WHERE entity = N'ACCOUNT' AND crm_id = :account ORDER BY id")
    List<Long> pendingAccountEdits(@Bind("account") long accountId);

    @SqlUpdate("DELETE FROM free_field_value WHERE account_id = :account")
    void deleteFreeFields(@Bind("account") long accountId);

    @SqlUpdate("DELETE FROM erp_held_value WHERE owner_entity = N'ACCOUNT' AND owner_id = :account")
    void deleteHeldValues(@Bind("account") long accountId);

    @SqlUpdate("DELETE FROM identity_map WHERE integration = :integration AND entity = N'ACCOUNT' AND crm_id = :account")
    void forgetAccountKey(@Bind("integration") String integration, @Bind("account") long accountId);

    @SqlUpdate("UPDATE company SET generic_account_id = NULL WHERE generic_account_id = :account")
    void detachGenericCompanies(@Bind("account") long accountId);

    @SqlUpdate("DELETE FROM account WHERE id = :account")
    void deleteAccount(@Bind("account") long accountId);
}
