package dev.passerelle.server.endpoint;

import dev.passerelle.server.security.Role;
import dev.passerelle.server.security.Users;
import java.security.Principal;
import java.util.Set;
import java.util.function.Function;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.apache.cxf.security.SecurityContext;

/**
 * Runs one operation: identifies the caller, checks its role and the maintenance switch, then runs
 * the work and maps its failures to the contract's faults, once, here.
 */
final class Boundary {

    private final Users users;
    private final Maintenance maintenance;

    Boundary(Users users, Maintenance maintenance) {
        this.users = users;
        this.maintenance = maintenance;
    }

    <T> T run(String operation, Access access, Function<Caller, T> work) {
        Caller caller = caller(operation);
        if (!access.allows(caller.roles())) {
            throw sneaky(Faults.authorisation(operation, caller.name(), access.requiredRole()));
        }
        if (access.stopsInMaintenance() && maintenance.isOn()) {
            throw sneaky(Faults.unavailable(operation, maintenance.retryAfter().toSeconds()));
        }
        try {
            return work.apply(caller);
        } catch (RuntimeException failure) {
            throw sneaky(Faults.of(operation, failure));
        }
    }

    private Caller caller(String operation) {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        SecurityContext security = message == null ? null : message.get(SecurityContext.class);
        Principal principal = security == null ? null : security.getUserPrincipal();
        Set<Role> roles = principal == null ? Set.of()
                : users.find(principal.getName()).map(Users.User::roles).orElse(Set.of());
        if (roles.isEmpty()) {
            throw sneaky(Faults.authentication(operation));
        }
        return new Caller(principal.getName(), roles);
    }

    /*
     * Each port method declares only the faults of its operation, and Faults.of only builds the
     * faults an operation can meet (an expired token only comes from GetChanges, an unknown record
     * only from the queries), so the checked faults are thrown without being declared here, which
     * keeps the mapping in one place instead of one copy per operation.
     */
    @SuppressWarnings("unchecked")
    private static <E extends Exception> RuntimeException sneaky(Exception fault) throws E {
        throw (E) fault;
    }
}
