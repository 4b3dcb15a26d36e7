package dev.passerelle.client.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The ERP's lists of values (categories, price categories, languages...) as the last run received them. */
public interface ListRows {

    /** The codes of a list in any integration. */
    @SqlQuery("SELECT DISTINCT code FROM list_value WHERE list_name = :list ORDER BY code")
    List<String> codes(@Bind("list") String list);

    /** The codes of a list in one integration. */
    @SqlQuery("SELECT DISTINCT code FROM list_value WHERE list_name = :list AND integration = :integration ORDER BY code")
    List<String> codes(@Bind("list") String list, @Bind("integration") String integration);

    /** The list's codes in the ERP's order. */
    @SqlQuery("SELECT code FROM list_value WHERE integration = :integration AND list_name = :list ORDER BY position")
    List<String> inOrder(@Bind("integration") String integration, @Bind("list") String list);

    /** The list's first code in the ERP's order; empty before the ERP sent it. */
    default Optional<String> first(String integration, String list) {
        return inOrder(integration, list).stream().findFirst();
    }
}
