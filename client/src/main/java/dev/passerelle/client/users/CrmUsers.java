package dev.passerelle.client.users;

import dev.passerelle.client.run.Action;
import dev.passerelle.client.run.EngineException;
import dev.passerelle.client.store.CrmStore;
import dev.passerelle.client.store.UserPasswords;
import dev.passerelle.common.security.PasswordHash;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * CRM users: their link to an ERP representative and the actions denied to them. A user with no denial
 * may do everything. An unknown login is refused with {@link EngineException.BadRequest} and nothing is
 * written; denying twice or allowing what is not denied changes nothing. Thread-safe.
 */
public final class CrmUsers {

    /** Checked in place of a hash when there is none, so that refusing costs the same. */
    private static final PasswordHash NO_PASSWORD = PasswordHash.unmatchable(PasswordHash.DEFAULT_ITERATIONS);

    private final CrmStore store;

    public CrmUsers(CrmStore store) {
        this.store = store;
    }

    public void add(String login, String displayName) {
        if (login == null || !login.matches("[^\\s]{1,50}")) {
            throw new EngineException.BadRequest("a login is 1 to 50 characters without spaces, was '" + login + "'");
        }
        store.jdbi().useTransaction(handle -> {
            if (exists(handle, login)) {
                throw new EngineException.BadRequest("CRM user '" + login + "' already exists");
            }
            handle.createUpdate("INSERT INTO crm_user (login, display_name) VALUES (:login, :name)")
                    .bind("login", login).bind("name", displayName == null ? login : displayName).execute();
        });
    }

    /** Every user, by login. */
    public List<CrmUser> list() {
        return store.jdbi().withHandle(handle -> {
            Map<String, Set<Action>> denied = new LinkedHashMap<>();
            handle.createQuery("SELECT login, action FROM user_denied_action").mapToMap().forEach(row -> denied
                    .computeIfAbsent((String) row.get("login"), login -> EnumSet.noneOf(Action.class))
                    .add(Action.valueOf((String) row.get("action"))));
            List<CrmUser> users = new ArrayList<>();
            handle.createQuery("SELECT login, display_name, rep_integration, representative_key FROM crm_user ORDER BY login")
                    .map((row, context) -> new CrmUser(row.getString("login"), row.getString("display_name"),
                            row.getString("rep_integration"), row.getString("representative_key"),
                            denied.getOrDefault(row.getString("login"), Set.of())))
                    .forEach(users::add);
            return users;
        });
    }

    /** Links a user to a representative of an integration: the account manager then follows the representative. */
    public void linkRepresentative(String login, String integration, String representativeKey) {
        boolean known = representativeKey == null || store.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT COUNT(*) FROM representative WHERE integration = :integration AND erp_key = :key")
                .bind("integration", integration).bind("key", representativeKey).mapTo(Integer.class).one()) > 0;
        if (!known) {
            throw new EngineException.BadRequest("no ERP representative with key '" + representativeKey + "' in integration '"
                    + integration + "' (representatives arrive from the ERP with each run)");
        }
        int updated = store.jdbi().withHandle(handle -> handle.createUpdate("UPDATE crm_user SET rep_integration = :integration,"
                        + " representative_key = :key WHERE login = :login")
                .bind("integration", integration).bind("key", representativeKey).bind("login", login).execute());
        if (updated == 0) {
            throw unknown(login);
        }
    }

    public void deny(String login, Action action) {
        store.jdbi().useTransaction(handle -> {
            requireUser(handle, login);
            handle.createUpdate("INSERT INTO user_denied_action (login, action) SELECT :login, :action WHERE NOT EXISTS"
                            + " (SELECT 1 FROM user_denied_action WHERE login = :login AND action = :action)")
                    .bind("login", login).bind("action", action.name()).execute();
        });
    }

    /** Takes a denial back: the user may perform the action again. */
    public void allow(String login, Action action) {
        store.jdbi().useTransaction(handle -> {
            requireUser(handle, login);
            handle.createUpdate("DELETE FROM user_denied_action WHERE login = :login AND action = :action")
                    .bind("login", login).bind("action", action.name()).execute();
        });
    }

    /**
     * Sets the password a user logs in to the console with (a salted hash is stored, never the password).
     * An empty password is refused; an unknown login too.
     */
    public void setPassword(String login, char[] password) {
        if (password == null || password.length == 0) {
            throw new EngineException.BadRequest("the password is empty");
        }
        String hash = PasswordHash.of(password).encoded();
        if (!store.jdbi().withHandle(handle -> UserPasswords.set(handle, login, hash))) {
            throw unknown(login);
        }
    }

    /**
     * The user whose login and password these are, if any. An unknown login, a user without a password
     * and a wrong password all answer empty, and take as long as one another: the time of a refusal
     * does not tell which logins exist.
     */
    public Optional<CrmUser> authenticate(String login, char[] password) {
        Optional<String> stored = store.jdbi().withHandle(handle -> UserPasswords.hash(handle, login == null ? "" : login));
        PasswordHash hash = stored.map(PasswordHash::parse).orElse(NO_PASSWORD);
        if (!hash.matches(password) || stored.isEmpty()) {
            return Optional.empty();
        }
        return list().stream().filter(user -> user.login().equals(login)).findFirst();
    }

    private static void requireUser(Handle handle, String login) {
        if (!exists(handle, login)) {
            throw unknown(login);
        }
    }

    private static boolean exists(Handle handle, String login) {
        return handle.createQuery("SELECT COUNT(*) FROM crm_user WHERE login = :login").bind("login", login)
                .mapTo(Integer.class).one() > 0;
    }

    private static EngineException.BadRequest unknown(String login) {
        return new EngineException.BadRequest("no CRM user '" + login + "'");
    }
}
