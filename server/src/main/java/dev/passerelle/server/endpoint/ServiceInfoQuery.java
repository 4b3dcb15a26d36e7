package dev.passerelle.server.endpoint;

import dev.passerelle.common.db.Database;
import dev.passerelle.contract.v1.EntityInfo;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.GetServiceInfoResponse;
import dev.passerelle.contract.v1.SyncDirection;
import dev.passerelle.server.security.Role;
import dev.passerelle.server.store.CompanyTable;
import dev.passerelle.server.store.TrackedTables;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * Answers GetServiceInfo from the settings, the company row, the maintenance switch and the change
 * horizon. Thread-safe.
 */
public final class ServiceInfoQuery {

    static final String CONTRACT_VERSION = "1.0";
    private static final Set<EntityType> BOTH_WAYS = Set.of(EntityType.ACCOUNT, EntityType.DELIVERY_ADDRESS, EntityType.CONTACT);

    /** The limits the endpoint publishes, from its settings; {@code maxWaitSeconds} 0: no WaitForChanges. */
    public record Limits(int maxPageSize, int maxBatchSize, Duration tombstoneRetention, int maxWaitSeconds) {
    }

    private final Database database;
    private final Clock clock;
    private final Limits limits;
    private final Maintenance maintenance;

    public ServiceInfoQuery(Database database, Clock clock, Limits limits, Maintenance maintenance) {
        this.database = database;
        this.clock = clock;
        this.limits = limits;
        this.maintenance = maintenance;
    }

    GetServiceInfoResponse describe(Set<Role> callerRoles) {
        GetServiceInfoResponse info = database.jdbi().withHandle(handle -> {
            CompanyTable.Names company = handle.attach(CompanyTable.class).names();
            GetServiceInfoResponse described = new GetServiceInfoResponse();
            described.setCompanyName(company.companyName());
            described.setErpProduct(company.erpProduct());
            // the version GetChanges reads up to now: unchanged, nothing new to read
            described.setChangeHorizon(TrackedTables.horizon(handle));
            return described;
        });
        info.setContractVersion(CONTRACT_VERSION);
        info.setServerTime(OffsetDateTime.now(clock));
        info.setMaxPageSize(limits.maxPageSize());
        info.setMaxBatchSize(limits.maxBatchSize());
        info.setTombstoneRetentionHours((int) Math.min(Integer.MAX_VALUE, limits.tombstoneRetention().toHours()));
        info.setMaintenance(maintenance.isOn());
        if (limits.maxWaitSeconds() > 0) {
            info.setMaxWaitSeconds(limits.maxWaitSeconds());
        }
        callerRoles.stream().sorted().map(Role::code).forEach(info.getCallerRole()::add);
        for (EntityType entity : EntityType.values()) {
            EntityInfo entityInfo = new EntityInfo();
            entityInfo.setEntity(entity);
            entityInfo.setDirection(BOTH_WAYS.contains(entity) ? SyncDirection.BOTH_WAYS : SyncDirection.ERP_TO_CRM);
            info.getSupportedEntity().add(entityInfo);
        }
        return info;
    }
}
