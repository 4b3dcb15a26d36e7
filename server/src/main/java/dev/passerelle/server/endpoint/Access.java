package dev.passerelle.server.endpoint;

import dev.passerelle.server.security.Role;
import java.util.Set;

/** Which roles may call an operation, and whether it still answers during maintenance. */
enum Access {
    /** GetServiceInfo: any authenticated caller, also during maintenance. */
    ANY(Set.of(Role.SYNC, Role.RTDV), false),
    /** GetChanges, ApplyChanges. */
    SYNC(Set.of(Role.SYNC), true),
    /** The real-time queries: sync (everything) or rtdv. */
    QUERY(Set.of(Role.SYNC, Role.RTDV), true);

    private final Set<Role> allowed;
    private final boolean stopsInMaintenance;

    Access(Set<Role> allowed, boolean stopsInMaintenance) {
        this.allowed = allowed;
        this.stopsInMaintenance = stopsInMaintenance;
    }

    boolean allows(Set<Role> roles) {
        return roles.stream().anyMatch(allowed::contains);
    }

    boolean stopsInMaintenance() {
        return stopsInMaintenance;
    }

    /** The role to name when refusing. */
    Role requiredRole() {
        return this == SYNC ? Role.SYNC : Role.RTDV;
    }
}
