package dev.passerelle.client.store;

import dev.passerelle.client.run.ErpLinkState;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Whether each integration is connected to its ERP, who changed it, when and why; no row: never disconnected. */
@RegisterConstructorMapper(ErpLinkState.class)
public interface ErpLinkRows {

    @SqlQuery("SELECT integration, connected, changed_by, changed_at, reason FROM erp_link WHERE integration = :integration")
    Optional<ErpLinkState> state(@Bind("integration") String integration);

    /** Replaces an integration's state. */
    default void write(ErpLinkState state) {
        delete(state.integration());
        insert(state);
    }

    @SqlUpdate("DELETE FROM erp_link WHERE integration = :integration")
    void delete(@Bind("integration") String integration);

    @SqlUpdate("INSERT INTO erp_link (integration, connected, changed_by, changed_at, reason)"
            + " VALUES (:integration, :connected, :changedBy, :changedAt, :reason)")
    void insert(@BindMethods ErpLinkState state);
}
