package dev.passerelle.client.config;

import dev.passerelle.client.store.CrmStore;

/** Keeps one integration_settings row per configured integration, so the store says how it is synced (no password). */
public final class IntegrationRows {

    private IntegrationRows() {
    }

    public static void save(CrmStore store, EngineSettings settings) {
        store.jdbi().useTransaction(handle -> {
            for (IntegrationSettings options : settings.integrations().values()) {
                handle.createUpdate("DELETE FROM integration_settings WHERE name = :name").bind("name", options.name()).execute();
                handle.createUpdate("INSERT INTO integration_settings (name, erp_url, erp_user, timeout_ms, interval_minutes,"
                                + " full_resync_at, transfer_mode, code_mode, code_suffix, default_territory, supplier_territory,"
                                + " default_account_manager, manager_follows_rep, rep_follows_manager, sync_contacts, sync_addresses,"
                                + " sync_phones, sync_emails, sync_suppliers, sync_dormant, conflict_policy, updated_at) VALUES (:name, :url, :user,"
                                + " :timeout, :interval, :resyncAt, :transfer, :codeMode, :suffix, :territory, :supplierTerritory,"
                                + " :manager, :managerFollows, :repFollows, :contacts, :addresses, :phones, :emails, :suppliers,"
                                + " :dormant, :policy, :now)")
                        .bind("name", options.name()).bind("url", options.erpUrl()).bind("user", options.erpUser())
                        .bind("timeout", (int) options.timeout().toMillis()).bind("interval", (int) options.interval().toMinutes())
                        .bind("resyncAt", options.fullResyncAt().map(Object::toString).orElse(null))
                        .bind("transfer", options.transferMode().name()).bind("codeMode", options.codeMode().name())
                        .bind("suffix", options.codeSuffix()).bind("territory", options.defaultTerritory())
                        .bind("supplierTerritory", options.supplierTerritory()).bind("manager", options.defaultAccountManager())
                        .bind("managerFollows", options.managerFollowsRepresentative().name())
                        .bind("repFollows", options.representativeFollowsManager().name())
                        .bind("contacts", options.switches().contacts()).bind("addresses", options.switches().addresses())
                        .bind("phones", options.switches().phones()).bind("emails", options.switches().emails())
                        .bind("suppliers", options.switches().suppliers()).bind("dormant", options.switches().dormant())
                        .bind("policy", options.conflictPolicy().name())
                        .bind("now", store.now()).execute();
            }
        });
    }
}
