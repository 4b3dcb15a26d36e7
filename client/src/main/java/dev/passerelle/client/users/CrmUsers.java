package dev.passerelle.client.users;

import dev.passerelle.client.run.Action;
import dev.passerelle.client.run.EngineException;
import dev.passerelle.client.store.CrmStore;
import dev.passerelle.client.store.UserRows;
import dev.passerelle.common.security.PasswordHash;
import java.util.EnumSet;
import java.util.HashMap;
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
            UserRows users = handle.attach(UserRows.class);
            if (users.exists(login)) {
                throw new EngineException.BadRequest("CRM user '" + login + "' already exists");
            }
            users.insert(login, displayName == null ? login : displayName);
        });
    }

    /** Every user, by login. */
    public List<CrmUser> list() {
        return store.jdbi().withExtension(UserRows.class, rows -> {
            Map<String, Set<Action>> denied = new HashMap<>();
            rows.denials().forEach(denial -> denied
                    .computeIfAbsent(denial.login(), login -> EnumSet.noneOf(Action.class)).add(denial.action()));
            return rows.users().stream().map(user -> new CrmUser(user.login(), user.displayName(), user.repIntegration(),
                    user.representativeKey(), denied.getOrDefault(user.login(), Set.of()))).toList();
        });
    }

    /** Links a user to a representative of an integration: the account manager then follows the representative. */
    public void linkRepresentative(String login, String integration, String representativeKey) {
        boolean known = representativeKey == null || store.jdbi().withExtension(UserRows.class,
                rows -> rows.countRepresentatives(integration, representativeKey)) > 0;
        if (!known) {
            throw new EngineException.BadRequest("no ERP representative with key '" + representativeKey + "' in integration '"
                    + integration + "' (representatives arrive from the ERP with each run)");
        }
        int updated = store.jdbi().withExtension(UserRows.class,
                rows -> rows.linkRepresentative(login, integration, representativeKey));
        if (updated == 0) {
            throw unknown(login);
        }
    }

    public void deny(String login, Action action) {
        store.jdbi().useTransaction(handle -> {
            requireUser(handle, login).deny(login, action);
        });
    }

    /** Takes a denial back: the user may perform the action again. */
    public void allow(String login, Action action) {
        store.jdbi().useTransaction(handle -> {
            requireUser(handle, login).allow(login, action);
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
        if (store.jdbi().withExtension(UserRows.class, rows -> rows.setPasswordHash(login, hash)) == 0) {
            throw unknown(login);
        }
    }

    /**
     * The user whose login and password these are, if any. An unknown login, a user without a password
     * and a wrong password all answer empty, and take as long as one another: the time of a refusal
     * does not tell which logins exist.
     */
    public Optional<CrmUser> authenticate(String login, char[] password) {
        Optional<String> stored = store.jdbi().withExtension(UserRows.class,
                rows -> rows.passwordHash(login == null ? "" : login));
        PasswordHash hash = stored.map(PasswordHash::parse).orElse(NO_PASSWORD);
        if (!hash.matches(password) || stored.isEmpty()) {
            return Optional.empty();
        }
        return list().stream().filter(user -> user.login().equals(login)).findFirst();
    }

    /** The user rows of the transaction, once the user is known to exist. */
    private static UserRows requireUser(Handle handle, String login) {
        UserRows rows = handle.attach(UserRows.class);
        if (!rows.exists(login)) {
            throw unknown(login);
        }
        return rows;
    }

    private static EngineException.BadRequest unknown(String login) {
        return new EngineException.BadRequest("no CRM user '" + login + "'");
    }
}
