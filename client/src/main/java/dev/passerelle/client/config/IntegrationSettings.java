package dev.passerelle.client.config;

import dev.passerelle.client.conflict.ConflictPolicy;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings of one integration (one ERP company feeding the CRM). Immutable; the password never
 * appears in {@link #toString()}.
 */
public record IntegrationSettings(
        String name,
        String erpUrl,
        String erpUser,
        String erpPassword,
        Duration timeout,
        Duration interval,
        Optional<LocalTime> fullResyncAt,
        TransferMode transferMode,
        CodeMode codeMode,
        String codeSuffix,
        String defaultTerritory,
        String supplierTerritory,
        String defaultAccountManager,
        FollowMode managerFollowsRepresentative,
        FollowMode representativeFollowsManager,
        SyncSwitches switches,
        int pageSize,
        int batchSize,
        int retryAttempts,
        ConflictPolicy conflictPolicy) {

    /** What the integration synchronises beside accounts. */
    public record SyncSwitches(boolean contacts, boolean addresses, boolean phones, boolean emails,
                               boolean suppliers, boolean dormant) {
        public static SyncSwitches all() {
            return new SyncSwitches(true, true, true, true, true, true);
        }
    }

    public IntegrationSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(erpUrl, "erpUrl");
        Objects.requireNonNull(switches, "switches");
        fullResyncAt = fullResyncAt == null ? Optional.empty() : fullResyncAt;
        codeSuffix = codeSuffix == null ? "" : codeSuffix;
        conflictPolicy = conflictPolicy == null ? ConflictPolicy.ERP_WINS : conflictPolicy;
    }

    /** Defaults for an integration reaching {@code erpUrl} as {@code user}. */
    public static IntegrationSettings defaults(String name, String erpUrl, String user, String password) {
        return new IntegrationSettings(name, erpUrl, user, password, Duration.ofSeconds(30), Duration.ofMinutes(60),
                Optional.empty(), TransferMode.MANUAL, CodeMode.ERP, "", null, null, null,
                FollowMode.WHEN_EMPTY, FollowMode.WHEN_EMPTY, SyncSwitches.all(), 1000, 200, 4,
                ConflictPolicy.ERP_WINS);
    }

    public IntegrationSettings withCodeMode(CodeMode mode, String suffix) {
        return new IntegrationSettings(name, erpUrl, erpUser, erpPassword, timeout, interval, fullResyncAt, transferMode,
                mode, suffix, defaultTerritory, supplierTerritory, defaultAccountManager, managerFollowsRepresentative,
                representativeFollowsManager, switches, pageSize, batchSize, retryAttempts,
                conflictPolicy);
    }

    public IntegrationSettings withTransferMode(TransferMode mode) {
        return new IntegrationSettings(name, erpUrl, erpUser, erpPassword, timeout, interval, fullResyncAt, mode,
                codeMode, codeSuffix, defaultTerritory, supplierTerritory, defaultAccountManager,
                managerFollowsRepresentative, representativeFollowsManager, switches, pageSize, batchSize, retryAttempts,
                conflictPolicy);
    }

    public IntegrationSettings withSwitches(SyncSwitches newSwitches) {
        return new IntegrationSettings(name, erpUrl, erpUser, erpPassword, timeout, interval, fullResyncAt, transferMode,
                codeMode, codeSuffix, defaultTerritory, supplierTerritory, defaultAccountManager,
                managerFollowsRepresentative, representativeFollowsManager, newSwitches, pageSize, batchSize, retryAttempts,
                conflictPolicy);
    }

    public IntegrationSettings withTimeout(Duration newTimeout, int attempts) {
        return new IntegrationSettings(name, erpUrl, erpUser, erpPassword, newTimeout, interval, fullResyncAt, transferMode,
                codeMode, codeSuffix, defaultTerritory, supplierTerritory, defaultAccountManager,
                managerFollowsRepresentative, representativeFollowsManager, switches, pageSize, batchSize, attempts,
                conflictPolicy);
    }

    public IntegrationSettings withPaging(int newPageSize, int newBatchSize) {
        return new IntegrationSettings(name, erpUrl, erpUser, erpPassword, timeout, interval, fullResyncAt, transferMode,
                codeMode, codeSuffix, defaultTerritory, supplierTerritory, defaultAccountManager,
                managerFollowsRepresentative, representativeFollowsManager, switches, newPageSize, newBatchSize, retryAttempts,
                conflictPolicy);
    }

    public IntegrationSettings withTerritories(String territory, String supplier, String accountManager) {
        return new IntegrationSettings(name, erpUrl, erpUser, erpPassword, timeout, interval, fullResyncAt, transferMode,
                codeMode, codeSuffix, territory, supplier, accountManager, managerFollowsRepresentative,
                representativeFollowsManager, switches, pageSize, batchSize, retryAttempts,
                conflictPolicy);
    }

    /** The same settings with another side winning fields changed on both sides. */
    public IntegrationSettings withConflictPolicy(ConflictPolicy policy) {
        return new IntegrationSettings(name, erpUrl, erpUser, erpPassword, timeout, interval, fullResyncAt, transferMode,
                codeMode, codeSuffix, defaultTerritory, supplierTerritory, defaultAccountManager,
                managerFollowsRepresentative, representativeFollowsManager, switches, pageSize, batchSize, retryAttempts,
                policy);
    }

    @Override
    public String toString() {
        return "IntegrationSettings[name=" + name + ", erpUrl=" + erpUrl + ", erpUser=" + erpUser + ", password=***]";
    }
}
