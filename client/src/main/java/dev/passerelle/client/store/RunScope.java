package dev.passerelle.client.store;

import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** What a run settles before it begins and after it ends: the companies out of it, the representatives' users, a resend. */
@RegisterConstructorMapper(RunScope.RepresentativeLogin.class)
public interface RunScope {

    /** The CRM user who stands for an ERP representative. */
    record RepresentativeLogin(String representativeKey, String login) {
    }

    /**
     * Companies of the integration flagged "not this time". The flagged companies are found first (index
     * on skip_next_run), then their accounts: joined the other way round, H2 walked every account. The
     * flag is compared with a BIT, not the integer 1: against an integer, H2 reads every company instead
     * of seeking the index's flagged entries (docs/ARCHITECTURE.md, decisions in force).
     */
    @SqlQuery("SELECT c.id FROM company c WHERE c.skip_next_run = CAST(1 AS BIT) AND EXISTS (SELECT 1 FROM account a"
            + " WHERE a.company_id = c.id AND a.integration = :integration) ORDER BY c.id")
    List<Long> notThisTime(@Bind("integration") String integration);

    /** Clears "not this time" on companies (ids in chunks small enough for one statement's parameters). */
    @SqlUpdate("UPDATE company SET skip_next_run = 0 WHERE id IN (<ids>)")
    void clearNotThisTime(@BindList("ids") List<Long> companyIds);

    @SqlQuery("SELECT representative_key, login FROM crm_user WHERE rep_integration = :integration"
            + " AND representative_key IS NOT NULL ORDER BY login")
    List<RepresentativeLogin> representativeLogins(@Bind("integration") String integration);

    /** "Resend all": every linked record without a pending edit gets one, so that it goes to the ERP whole. */
    @SqlUpdate("INSERT INTO outbox (integration, entity, crm_id, operation, erp_key, state, attempts, created_at, updated_at)"
            + " SELECT i.integration, i.entity, i.crm_id, N'UPDATE', i.erp_key, N'PENDING', 0, :now, :now"
            + " FROM identity_map i WHERE i.integration = :integration AND i.entity IN (N'ACCOUNT', N'DELIVERY_ADDRESS', N'CONTACT')"
            + " AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.entity = i.entity AND o.crm_id = i.crm_id AND o.state = N'PENDING')")
    void enqueueEverything(@Bind("integration") String integration, @Bind("now") LocalDateTime now);
}
