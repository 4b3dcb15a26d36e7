package dev.passerelle.client.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** How a CRM company is found for real-time figures: by id or name, then its ERP account of an integration. */
@RegisterConstructorMapper(RtdvRows.CompanyAccount.class)
public interface RtdvRows {

    /** An account of a company, with its accounting code. */
    record CompanyAccount(long id, String accountCode) {
    }

    /** Companies of exactly this name, ignoring case, by id. */
    @SqlQuery("SELECT id FROM company WHERE UPPER(name) = UPPER(:name) ORDER BY id")
    List<Long> companiesNamed(@Bind("name") String name);

    /** The company's accounts in the integration, its primary account first. */
    @SqlQuery("SELECT id, account_code FROM account WHERE company_id = :company AND integration = :integration"
            + " ORDER BY is_primary DESC, id")
    List<CompanyAccount> accounts(@Bind("company") long companyId, @Bind("integration") String integration);

    /** The generic account of the integration the company is attached to, if any. */
    @SqlQuery("SELECT a.id, a.account_code FROM company c JOIN account a ON a.id = c.generic_account_id"
            + " WHERE c.id = :company AND a.integration = :integration")
    Optional<CompanyAccount> genericAccount(@Bind("company") long companyId, @Bind("integration") String integration);
}
