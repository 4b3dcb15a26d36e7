package dev.passerelle.client.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * What the sync writes about accounts beyond their field values: deleted in the ERP, their free-field
 * values, which company they hang on. Lists of ids are given in chunks small enough for one statement's
 * parameters.
 */
@RegisterConstructorMapper(AccountRows.AccountCompany.class)
public interface AccountRows {

    /** An account and its company; {@code companyId} null for an account with none. */
    record AccountCompany(long id, Long companyId) {
    }

    /** Marks an account deleted in the ERP (a CRM company or account is never deleted for the ERP). */
    @SqlUpdate("UPDATE account SET erp_deleted = 1 WHERE id = :id")
    void markDeleted(@Bind("id") long accountId);

    @SqlUpdate("DELETE FROM free_field_value WHERE account_id = :id")
    void deleteFreeFields(@Bind("id") long accountId);

    /** Of these accounts, the primary accounts of their company. */
    @SqlQuery("SELECT id FROM account WHERE is_primary = 1 AND id IN (<ids>)")
    List<Long> primaryAmong(@BindList("ids") List<Long> accountIds);

    /** The company of an account that is its primary account. */
    @SqlQuery("SELECT company_id FROM account WHERE id = :id AND is_primary = 1")
    Optional<Long> companyIfPrimary(@Bind("id") long accountId);

    /** A free-field value of an account; {@code fieldValue} may be null. */
    record FreeField(long accountId, String name, String fieldValue) {
    }

    /** The free-field values of these accounts. */
    @SqlQuery("SELECT account_id, name, field_value FROM free_field_value WHERE account_id IN (<ids>)")
    @RegisterConstructorMapper(FreeField.class)
    List<FreeField> freeFieldsOf(@BindList("ids") List<Long> accountIds);

    @SqlQuery("SELECT id, company_id FROM account WHERE id IN (<ids>)")
    List<AccountCompany> companiesOf(@BindList("ids") List<Long> accountIds);
}
