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

    /**
     * Defaults for an integration reaching {@code erpUrl} as {@code user}: the one place they are
     * written (the configuration reads fall back to them; the sample file is checked against them).
     */
    public static IntegrationSettings defaults(String name, String erpUrl, String user, String password) {
        return new IntegrationSettings(name, erpUrl, user, password, Duration.ofSeconds(30), Duration.ofMinutes(60),
                Optional.empty(), TransferMode.MANUAL, CodeMode.ERP, "", null, null, null,
                FollowMode.WHEN_EMPTY, FollowMode.WHEN_EMPTY, SyncSwitches.all(), 1000, 200, 4,
                ConflictPolicy.ERP_WINS);
    }

    public IntegrationSettings withCodeMode(CodeMode mode, String suffix) {
        return toBuilder().codeMode(mode).codeSuffix(suffix).build();
    }

    public IntegrationSettings withTransferMode(TransferMode mode) {
        return toBuilder().transferMode(mode).build();
    }

    public IntegrationSettings withSwitches(SyncSwitches newSwitches) {
        return toBuilder().switches(newSwitches).build();
    }

    public IntegrationSettings withTimeout(Duration newTimeout, int attempts) {
        return toBuilder().timeout(newTimeout).retryAttempts(attempts).build();
    }

    public IntegrationSettings withPaging(int newPageSize, int newBatchSize) {
        return toBuilder().pageSize(newPageSize).batchSize(newBatchSize).build();
    }

    public IntegrationSettings withTerritories(String territory, String supplier, String accountManager) {
        return toBuilder().defaultTerritory(territory).supplierTerritory(supplier).defaultAccountManager(accountManager).build();
    }

    /** The same settings with another side winning fields changed on both sides. */
    public IntegrationSettings withConflictPolicy(ConflictPolicy policy) {
        return toBuilder().conflictPolicy(policy).build();
    }

    /** A builder holding these settings, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes settings one by one; {@link #build} checks them as the record does. */
    public static final class Builder {
        private final String name;
        private final String erpUrl;
        private final String erpUser;
        private final String erpPassword;
        private Duration timeout;
        private Duration interval;
        private Optional<LocalTime> fullResyncAt;
        private TransferMode transferMode;
        private CodeMode codeMode;
        private String codeSuffix;
        private String defaultTerritory;
        private String supplierTerritory;
        private String defaultAccountManager;
        private FollowMode managerFollowsRepresentative;
        private FollowMode representativeFollowsManager;
        private SyncSwitches switches;
        private int pageSize;
        private int batchSize;
        private int retryAttempts;
        private ConflictPolicy conflictPolicy;

        private Builder(IntegrationSettings from) {
            name = from.name;
            erpUrl = from.erpUrl;
            erpUser = from.erpUser;
            erpPassword = from.erpPassword;
            timeout = from.timeout;
            interval = from.interval;
            fullResyncAt = from.fullResyncAt;
            transferMode = from.transferMode;
            codeMode = from.codeMode;
            codeSuffix = from.codeSuffix;
            defaultTerritory = from.defaultTerritory;
            supplierTerritory = from.supplierTerritory;
            defaultAccountManager = from.defaultAccountManager;
            managerFollowsRepresentative = from.managerFollowsRepresentative;
            representativeFollowsManager = from.representativeFollowsManager;
            switches = from.switches;
            pageSize = from.pageSize;
            batchSize = from.batchSize;
            retryAttempts = from.retryAttempts;
            conflictPolicy = from.conflictPolicy;
        }

        public Builder timeout(Duration value) { timeout = value; return this; }
        public Builder interval(Duration value) { interval = value; return this; }
        public Builder fullResyncAt(Optional<LocalTime> value) { fullResyncAt = value; return this; }
        public Builder transferMode(TransferMode value) { transferMode = value; return this; }
        public Builder codeMode(CodeMode value) { codeMode = value; return this; }
        public Builder codeSuffix(String value) { codeSuffix = value; return this; }
        public Builder defaultTerritory(String value) { defaultTerritory = value; return this; }
        public Builder supplierTerritory(String value) { supplierTerritory = value; return this; }
        public Builder defaultAccountManager(String value) { defaultAccountManager = value; return this; }
        public Builder managerFollowsRepresentative(FollowMode value) { managerFollowsRepresentative = value; return this; }
        public Builder representativeFollowsManager(FollowMode value) { representativeFollowsManager = value; return this; }
        public Builder switches(SyncSwitches value) { switches = value; return this; }
        public Builder pageSize(int value) { pageSize = value; return this; }
        public Builder batchSize(int value) { batchSize = value; return this; }
        public Builder retryAttempts(int value) { retryAttempts = value; return this; }
        public Builder conflictPolicy(ConflictPolicy value) { conflictPolicy = value; return this; }

        public IntegrationSettings build() {
            return new IntegrationSettings(name, erpUrl, erpUser, erpPassword, timeout, interval, fullResyncAt, transferMode,
                    codeMode, codeSuffix, defaultTerritory, supplierTerritory, defaultAccountManager,
                    managerFollowsRepresentative, representativeFollowsManager, switches, pageSize, batchSize, retryAttempts,
                    conflictPolicy);
        }
    }

    @Override
    public String toString() {
        return "IntegrationSettings[name=" + name + ", erpUrl=" + erpUrl + ", erpUser=" + erpUser + ", password=***]";
    }
}
