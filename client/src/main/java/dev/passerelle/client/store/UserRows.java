package dev.passerelle.client.store;

import dev.passerelle.client.run.Action;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * CRM users: their login, the ERP representative they stand for, the actions denied to them and the
 * hash of their console password (never a password).
 */
@RegisterConstructorMapper(UserRows.User.class)
@RegisterConstructorMapper(UserRows.Denial.class)
public interface UserRows {

    /** A user as stored; {@code repIntegration} and {@code representativeKey} are null when not linked. */
    record User(String login, String displayName, String repIntegration, String representativeKey) {
    }

    /** An action denied to a user. */
    record Denial(String login, Action action) {
    }

    @SqlQuery("SELECT COUNT(*) FROM crm_user WHERE login = :login")
    int count(@Bind("login") String login);

    default boolean exists(String login) {
        return count(login) > 0;
    }

    @SqlUpdate("INSERT INTO crm_user (login, display_name) VALUES (:login, :name)")
    void insert(@Bind("login") String login, @Bind("name") String displayName);

    @SqlQuery("SELECT login, display_name, rep_integration, representative_key FROM crm_user ORDER BY login")
    List<User> users();

    @SqlQuery("SELECT login, action FROM user_denied_action ORDER BY login, action")
    List<Denial> denials();

    @SqlQuery("SELECT COUNT(*) FROM user_denied_action WHERE login = :login AND action = :action")
    int countDenials(@Bind("login") String login, @Bind("action") Action action);

    default boolean denied(String login, Action action) {
        return countDenials(login, action) > 0;
    }

    @SqlUpdate("INSERT INTO user_denied_action (login, action) SELECT :login, :action WHERE NOT EXISTS"
            + " (SELECT 1 FROM user_denied_action WHERE login = :login AND action = :action)")
    void deny(@Bind("login") String login, @Bind("action") Action action);

    @SqlUpdate("DELETE FROM user_denied_action WHERE login = :login AND action = :action")
    void allow(@Bind("login") String login, @Bind("action") Action action);

    @SqlQuery("SELECT COUNT(*) FROM representative WHERE integration = :integration AND erp_key = :key")
    int countRepresentatives(@Bind("integration") String integration, @Bind("key") String representativeKey);

    /** Answers how many users were linked: 0 for an unknown login. */
    @SqlUpdate("UPDATE crm_user SET rep_integration = :integration, representative_key = :key WHERE login = :login")
    int linkRepresentative(@Bind("login") String login, @Bind("integration") String integration,
                           @Bind("key") String representativeKey);

    /** Stores a user's password hash; answers how many users took it: 0 for an unknown login. */
    @SqlUpdate("UPDATE crm_user SET password_hash = :hash WHERE login = :login")
    int setPasswordHash(@Bind("login") String login, @Bind("hash") String encodedHash);

    /** The password hash of a user who has one. */
    @SqlQuery("SELECT password_hash FROM crm_user WHERE login = :login AND password_hash IS NOT NULL")
    Optional<String> passwordHash(@Bind("login") String login);
}
