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
 * Accounts a switch keeps out of the CRM, with why, and the ERP changes of their contacts and
 * addresses waiting for them (as contract XML). Lists of keys are given in chunks small enough for
 * one statement's parameters.
 */
@RegisterConstructorMapper(SkippedRows.WaitingRow.class)
public interface SkippedRows {

    /** A child's change waiting for its account. */
    record WaitingRow(String erpKey, String payload) {
    }

    @SqlUpdate("INSERT INTO skipped_account (integration, erp_key, reason, skipped_at) VALUES (:integration, :key, :reason, :now)")
    void insert(@Bind("integration") String integration, @Bind("key") String erpKey, @Bind("reason") String reason,
                @Bind("now") LocalDateTime now);

    @SqlUpdate("DELETE FROM skipped_account WHERE integration = :integration AND erp_key IN (<keys>)")
    void forget(@Bind("integration") String integration, @BindList("keys") List<String> erpKeys);

    /** One key of an account the integration keeps out, if any: a look that stops at the first row. */
    @SqlQuery("SELECT TOP (1) erp_key FROM skipped_account WHERE integration = :integration")
    Optional<String> anyKey(@Bind("integration") String integration);

    @SqlQuery("SELECT DISTINCT reason FROM skipped_account WHERE integration = :integration")
    List<String> reasons(@Bind("integration") String integration);

    /** Of these account keys, those kept out. */
    @SqlQuery("SELECT erp_key FROM skipped_account WHERE integration = :integration AND erp_key IN (<keys>)")
    List<String> skipped(@Bind("integration") String integration, @BindList("keys") List<String> accountKeys);

    @SqlUpdate("INSERT INTO waiting_child (integration, entity, erp_key, account_key, payload, waiting_since)"
            + " VALUES (:integration, :entity, :key, :account, :payload, :now)")
    void await(@Bind("integration") String integration, @Bind("entity") String entity, @Bind("key") String erpKey,
               @Bind("account") String accountKey, @Bind("payload") String payload, @Bind("now") LocalDateTime now);

    @SqlUpdate("DELETE FROM waiting_child WHERE integration = :integration AND entity = :entity AND erp_key = :key")
    void drop(@Bind("integration") String integration, @Bind("entity") String entity, @Bind("key") String erpKey);

    /** Waiting changes of one entity whose account is now in the CRM. */
    @SqlQuery("SELECT w.erp_key, w.payload FROM waiting_child w WHERE w.integration = :integration AND w.entity = :entity"
            + " AND EXISTS (SELECT 1 FROM identity_map i WHERE i.integration = w.integration AND i.entity = N'ACCOUNT'"
            + " AND i.erp_key = w.account_key) ORDER BY w.erp_key")
    List<WaitingRow> ready(@Bind("integration") String integration, @Bind("entity") String entity);
}
