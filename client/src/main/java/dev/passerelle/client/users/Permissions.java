package dev.passerelle.client.users;

import dev.passerelle.client.run.Action;
import dev.passerelle.client.run.EngineException;
import dev.passerelle.client.store.UserRows;
import org.jdbi.v3.core.Handle;

/**
 * Checks that a CRM user may perform an action: a login the store does not know is refused, and a
 * known user with no denial may do everything. No user at all is the operator at the console or in a
 * script, allowed everything.
 */
public final class Permissions {

    private Permissions() {
    }

    public static void check(Handle handle, String user, Action action) {
        if (user == null) {
            return;
        }
        UserRows users = handle.attach(UserRows.class);
        if (!users.exists(user)) {
            throw new EngineException.PermissionDenied(user, "is not a CRM user of this store (crm-sync users list)");
        }
        if (users.denied(user, action)) {
            throw new EngineException.PermissionDenied(user, action);
        }
    }
}
