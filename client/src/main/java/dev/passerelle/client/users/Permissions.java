package dev.passerelle.client.users;

import dev.passerelle.client.run.Action;
import dev.passerelle.client.run.EngineException;
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
        boolean known = handle.createQuery("SELECT COUNT(*) FROM crm_user WHERE login = :login").bind("login", user)
                .mapTo(Integer.class).one() > 0;
        if (!known) {
            throw new EngineException.PermissionDenied(user, "is not a CRM user of this store (crm-sync users list)");
        }
        boolean denied = handle.createQuery("SELECT COUNT(*) FROM user_denied_action WHERE login = :login AND action = :action")
                .bind("login", user).bind("action", action.name()).mapTo(Integer.class).one() > 0;
        if (denied) {
            throw new EngineException.PermissionDenied(user, action);
        }
    }
}
