package dev.passerelle.client.store;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The console password hashes of CRM users (crm_user.password_hash); never a password. Stateless. */
public final class UserPasswords {

    private UserPasswords() {
    }

    /** Stores a user's hash; answers whether the user exists. */
    public static boolean set(Handle handle, String login, String encodedHash) {
        return handle.createUpdate("UPDATE crm_user SET password_hash = :hash WHERE login = :login")
                .bind("hash", encodedHash).bind("login", login).execute() > 0;
    }

    /** The hash of a user who has one. */
    public static Optional<String> hash(Handle handle, String login) {
        return handle.createQuery("SELECT password_hash FROM crm_user WHERE login = :login AND password_hash IS NOT NULL")
                .bind("login", login).mapTo(String.class).findFirst();
    }
}
