package dev.passerelle.client.config;

import dev.passerelle.client.store.CrmStore;
import dev.passerelle.client.store.SettingsRows;
import dev.passerelle.client.store.SettingsRows.SettingsRow;

/** Keeps one integration_settings row per configured integration, so the store says how it is synced (no password). */
public final class IntegrationRows {

    private IntegrationRows() {
    }

    public static void save(CrmStore store, EngineSettings settings) {
        store.jdbi().useTransaction(handle -> {
            SettingsRows rows = handle.attach(SettingsRows.class);
            for (IntegrationSettings options : settings.integrations().values()) {
                rows.save(row(options), store.now());
            }
        });
    }

    private static SettingsRow row(IntegrationSettings options) {
        IntegrationSettings.SyncSwitches switches = options.switches();
        return new SettingsRow(options.name(), options.erpUrl(), options.erpUser(), (int) options.timeout().toMillis(),
                (int) options.interval().toMinutes(), options.fullResyncAt().map(Object::toString).orElse(null),
                options.transferMode().name(), options.codeMode().name(), options.codeSuffix(), options.defaultTerritory(),
                options.supplierTerritory(), options.defaultAccountManager(), options.managerFollowsRepresentative().name(),
                options.representativeFollowsManager().name(), switches.contacts(), switches.addresses(), switches.phones(),
                switches.emails(), switches.suppliers(), switches.dormant(), options.conflictPolicy().name());
    }
}
