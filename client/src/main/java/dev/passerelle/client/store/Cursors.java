package dev.passerelle.client.store;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Per-entity change tokens of each integration. A token is saved in the same transaction as the
 * CRM writes it covers, so it never runs ahead of what the store committed.
 */
public interface Cursors {

    @SqlQuery("SELECT token FROM sync_cursor WHERE integration = :integration AND entity = :entity")
    Optional<String> token(@Bind("integration") String integration, @Bind("entity") String entity);

    /** Every token of an integration, by entity. */
    @SqlQuery("SELECT entity, token FROM sync_cursor WHERE integration = :integration")
    @KeyColumn("entity")
    @ValueColumn("token")
    Map<String, String> tokens(@Bind("integration") String integration);

    /** Saves the token of an entity (in the caller's transaction). */
    default void save(String integration, String entity, String token, LocalDateTime now) {
        if (update(integration, entity, token, now) == 0) {
            insert(integration, entity, token, now);
        }
    }

    @SqlUpdate("UPDATE sync_cursor SET token = :token, updated_at = :now WHERE integration = :integration AND entity = :entity")
    int update(@Bind("integration") String integration, @Bind("entity") String entity, @Bind("token") String token,
               @Bind("now") LocalDateTime now);

    @SqlUpdate("INSERT INTO sync_cursor (integration, entity, token, updated_at) VALUES (:integration, :entity, :token, :now)")
    void insert(@Bind("integration") String integration, @Bind("entity") String entity, @Bind("token") String token,
                @Bind("now") LocalDateTime now);

    @SqlUpdate("DELETE FROM sync_cursor WHERE integration = :integration")
    int forget(@Bind("integration") String integration);
}
