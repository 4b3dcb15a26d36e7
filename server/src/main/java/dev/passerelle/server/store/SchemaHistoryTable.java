package dev.passerelle.server.store;

import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Flyway's record of the ERP schema's migrations ({@code flyway_erp_history}). Attach to a handle. */
public interface SchemaHistoryTable {

    /** The version of the last migration applied successfully ("102"); empty before any. */
    @SqlQuery("SELECT version FROM flyway_erp_history WHERE installed_rank ="
            + " (SELECT MAX(installed_rank) FROM flyway_erp_history WHERE success = 1 AND version IS NOT NULL)")
    Optional<String> currentVersion();
}
