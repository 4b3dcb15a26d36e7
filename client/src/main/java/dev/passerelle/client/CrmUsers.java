package dev.passerelle.client;

import dev.passerelle.client.store.CrmStore;

/** CRM users: their link to an ERP representative and the actions denied to them. Thread-safe. */
public final class CrmUsers {

    private final CrmStore store;

    CrmUsers(CrmStore store) {
        this.store = store;
    }

    public void add(String login, String displayName) {
        store.jdbi().useHandle(handle -> handle.createUpdate("INSERT INTO crm_user (login, display_name) VALUES (:login, :name)")
                .bind("login", login).bind("name", displayName).execute());
    }

    /** Links a user to a representative of an integration: the account manager then follows the representative. */
    public void linkRepresentative(String login, String integration, String representativeKey) {
        int updated = store.jdbi().withHandle(handle -> handle.createUpdate("UPDATE crm_user SET rep_integration = :integration,"
                        + " representative_key = :key WHERE login = :login")
                .bind("integration", integration).bind("key", representativeKey).bind("login", login).execute());
        if (updated == 0) {
            throw new EngineException.BadRequest("no CRM user '" + login + "'");
        }
    }

    public void deny(String login, Action action) {
        store.jdbi().useHandle(handle -> handle.createUpdate("INSERT INTO user_denied_action (login, action) VALUES (:login, :action)")
                .bind("login", login).bind("action", action.name()).execute());
    }
}
