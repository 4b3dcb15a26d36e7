package dev.passerelle.client.store;

import java.time.LocalDateTime;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** One integration_settings row per configured integration, so that the store says how it is synced (never a password). */
public interface SettingsRows {

    /** An integration's settings as the store keeps them: modes and policies by name, durations in whole units. */
    record SettingsRow(String name, String erpUrl, String erpUser, int timeoutMs, int intervalMinutes, String fullResyncAt,
                       String transferMode, String codeMode, String codeSuffix, String defaultTerritory,
                       String supplierTerritory, String defaultAccountManager, String managerFollowsRep,
                       String repFollowsManager, boolean syncContacts, boolean syncAddresses, boolean syncPhones,
                       boolean syncEmails, boolean syncSuppliers, boolean syncDormant, String conflictPolicy) {
    }

    /** Replaces an integration's row. */
    default void save(SettingsRow settings, LocalDateTime now) {
        delete(settings.name());
        insert(settings, now);
    }

    @SqlUpdate("DELETE FROM integration_settings WHERE name = :name")
    void delete(@Bind("name") String name);

    @SqlUpdate("INSERT INTO integration_settings (name, erp_url, erp_user, timeout_ms, interval_minutes, full_resync_at,"
            + " transfer_mode, code_mode, code_suffix, default_territory, supplier_territory, default_account_manager,"
            + " manager_follows_rep, rep_follows_manager, sync_contacts, sync_addresses, sync_phones, sync_emails,"
            + " sync_suppliers, sync_dormant, conflict_policy, updated_at) VALUES (:name, :erpUrl, :erpUser, :timeoutMs,"
            + " :intervalMinutes, :fullResyncAt, :transferMode, :codeMode, :codeSuffix, :defaultTerritory, :supplierTerritory,"
            + " :defaultAccountManager, :managerFollowsRep, :repFollowsManager, :syncContacts, :syncAddresses, :syncPhones,"
            + " :syncEmails, :syncSuppliers, :syncDormant, :conflictPolicy, :now)")
    void insert(@BindMethods SettingsRow settings, @Bind("now") LocalDateTime now);
}
