package dev.passerelle.server.store;

import java.time.LocalDateTime;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The maintenance switch's one row, shared by every endpoint on the database. Attach to a handle. */
@RegisterConstructorMapper(MaintenanceTable.State.class)
public interface MaintenanceTable {

    /** Whether maintenance is on, why, who switched it and when (the database's time). */
    record State(boolean active, String reason, String changedBy, LocalDateTime changedAt) {

        /** For people: "on since 2026-12-06T10:02 by ops: inventory", or "off since ...". */
        public String describe() {
            return (active ? "on" : "off") + " since " + changedAt.withNano(0) + (changedBy == null ? "" : " by " + changedBy)
                    + (reason == null ? "" : ": " + reason);
        }
    }

    @SqlQuery("SELECT active, reason, changed_by, changed_at FROM maintenance WHERE id = 1")
    State read();

    @SqlUpdate("UPDATE maintenance SET active = :active, reason = :reason, changed_by = :by, changed_at = GETDATE() WHERE id = 1")
    void write(@Bind("active") boolean active, @Bind("reason") String reason, @Bind("by") String changedBy);
}
