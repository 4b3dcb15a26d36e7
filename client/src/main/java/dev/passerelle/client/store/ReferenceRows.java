package dev.passerelle.client.store;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * What only the ERP writes and the CRM reads: the company settings with their lists of values, the
 * representatives, the free-field definitions and the accounts' revenue figures. Attach to the handle
 * of the run's transaction.
 */
public interface ReferenceRows {

    /** One value of one of the ERP's lists, at its position in the list. {@code riskAction} only for risk codes. */
    record ListValueRow(String list, int position, String code, String label, String riskAction) {
    }

    /** A representative of the ERP. */
    record RepresentativeRow(String erpKey, String code, String firstName, String lastName, String email, String phone,
                             boolean active) {
    }

    /** A free field the ERP defines; {@code listValues} one per line; not replicated once its type changed. */
    record FreeFieldRow(String erpKey, String name, String label, String fieldType, Integer maxLength, String listValues,
                        boolean replicated) {
    }

    /** An account's revenue figures for one year. */
    record Revenue(long id, int year, String currency, BigDecimal thisYear, BigDecimal lastYear) {
    }

    /** Replaces the company settings of an integration and its lists of values. */
    default void replaceSettings(String integration, String erpKey, long version, String companyName, String currency,
                                 List<ListValueRow> lists) {
        deleteSettings(integration);
        insertSettings(integration, erpKey, version, companyName, currency);
        deleteListValues(integration);
        if (!lists.isEmpty()) {
            insertListValues(integration, lists);
        }
    }

    @SqlUpdate("DELETE FROM company_settings WHERE integration = :integration")
    void deleteSettings(@Bind("integration") String integration);

    @SqlUpdate("INSERT INTO company_settings (integration, erp_key, erp_version, company_name, default_currency)"
            + " VALUES (:integration, :key, :version, :name, :currency)")
    void insertSettings(@Bind("integration") String integration, @Bind("key") String erpKey, @Bind("version") long version,
                        @Bind("name") String companyName, @Bind("currency") String currency);

    @SqlUpdate("DELETE FROM list_value WHERE integration = :integration")
    void deleteListValues(@Bind("integration") String integration);

    @SqlBatch("INSERT INTO list_value (integration, list_name, position, code, label, risk_action)"
            + " VALUES (:integration, :list, :position, :code, :label, :riskAction)")
    void insertListValues(@Bind("integration") String integration, @BindMethods List<ListValueRow> values);

    @SqlUpdate("DELETE FROM representative WHERE integration = :integration AND erp_key = :key")
    void deleteRepresentative(@Bind("integration") String integration, @Bind("key") String erpKey);

    @SqlUpdate("INSERT INTO representative (integration, erp_key, code, first_name, last_name, email, phone, active)"
            + " VALUES (:integration, :erpKey, :code, :firstName, :lastName, :email, :phone, :active)")
    void insertRepresentative(@Bind("integration") String integration, @BindMethods RepresentativeRow representative);

    @SqlQuery("SELECT field_type FROM free_field_definition WHERE integration = :integration AND erp_key = :key")
    Optional<String> freeFieldType(@Bind("integration") String integration, @Bind("key") String erpKey);

    /** Replaces a free-field definition. */
    default void replaceFreeField(String integration, FreeFieldRow definition) {
        deleteFreeField(integration, definition.erpKey());
        insertFreeField(integration, definition);
    }

    @SqlUpdate("DELETE FROM free_field_definition WHERE integration = :integration AND erp_key = :key")
    void deleteFreeField(@Bind("integration") String integration, @Bind("key") String erpKey);

    @SqlUpdate("INSERT INTO free_field_definition (integration, erp_key, name, label, field_type, max_length, list_values,"
            + " replicated) VALUES (:integration, :erpKey, :name, :label, :fieldType, :maxLength, :listValues, :replicated)")
    void insertFreeField(@Bind("integration") String integration, @BindMethods FreeFieldRow definition);

    @SqlUpdate("UPDATE free_field_definition SET replicated = 0 WHERE integration = :integration AND erp_key = :key")
    void markNotReplicated(@Bind("integration") String integration, @Bind("key") String erpKey);

    @SqlQuery("SELECT name FROM free_field_definition WHERE integration = :integration AND replicated = 0 ORDER BY name")
    List<String> notReplicated(@Bind("integration") String integration);

    /** Deletes free fields no longer replicated, with their values on the integration's accounts. Answers their names. */
    default List<String> purgeNotReplicated(String integration) {
        List<String> names = notReplicated(integration);
        names.forEach(name -> deleteFreeFieldValues(integration, name));
        deleteNotReplicated(integration);
        return names;
    }

    @SqlUpdate("DELETE FROM free_field_value WHERE name = :name AND account_id IN"
            + " (SELECT id FROM account WHERE integration = :integration)")
    void deleteFreeFieldValues(@Bind("integration") String integration, @Bind("name") String name);

    @SqlUpdate("DELETE FROM free_field_definition WHERE integration = :integration AND replicated = 0")
    void deleteNotReplicated(@Bind("integration") String integration);

    @SqlBatch("UPDATE account SET revenue_year = :year, revenue_currency = :currency, revenue_this_year = :thisYear,"
            + " revenue_last_year = :lastYear WHERE id = :id")
    void writeRevenue(@BindMethods List<Revenue> figures);

    /**
     * Copies each figure onto the company of its account when that account is the company's primary one
     * (a company's revenue is its primary account's). One primary-key lookup and update a figure: the
     * same copy by correlated subqueries over a list of accounts read the list again for every company.
     */
    @SqlBatch("UPDATE company SET revenue_year = :year, revenue_currency = :currency, revenue_this_year = :thisYear,"
            + " revenue_last_year = :lastYear WHERE id = (SELECT a.company_id FROM account a WHERE a.id = :id AND a.is_primary = 1)")
    void copyRevenueToCompanies(@BindMethods List<Revenue> figures);
}

