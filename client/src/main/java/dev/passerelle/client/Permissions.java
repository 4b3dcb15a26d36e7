package dev.passerelle.client;

import org.jdbi.v3.core.Handle;

/** Checks that a CRM user may perform an action; users with no denial may do everything. */
final class Permissions {

    private Permissions() {
    }

    static void check(Handle handle, String user, Action action) {
        if (user == null) {
            return;
        }
        boolean denied = handle.createQuery("SELECT COUNT(*) FROM user_denied_action WHERE login = :login AND action = :action")
                .bind("login", user).bind("action", action.name()).mapTo(Integer.class).one() > 0;
        if (denied) {
            throw new EngineException.PermissionDenied(user, action);
        }
    }
}
