package dev.passerelle.client.store;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The orphans of an integration a page at a time: accounts with no company, secondary accounts of a
 * company, or both, in the order of {@link LinkRows#orphans} (by account id), read with
 * {@code OFFSET ... FETCH NEXT} (valid on SQL Server and H2) beside a count with the same filter.
 * Attach to a handle.
 */
@RegisterConstructorMapper(LinkRows.OrphanRow.class)
public interface OrphanReads {

    // Each flag (1 or 0) keeps one kind of orphan in or out, so that one statement serves every filter.
    String KINDS = " WHERE a.integration = :integration AND ((a.company_id IS NULL AND :noCompany = 1)"
            + " OR (a.company_id IS NOT NULL AND a.is_primary = 0 AND :secondary = 1))";

    @SqlQuery("SELECT COUNT(*) FROM account a" + KINDS)
    long count(@Bind("integration") String integration, @Bind("noCompany") int noCompany, @Bind("secondary") int secondary);

    @SqlQuery("SELECT a.id, a.integration, i.erp_key, a.account_code, a.name, a.company_id FROM account a"
            + " LEFT JOIN identity_map i ON i.integration = a.integration AND i.entity = N'ACCOUNT' AND i.crm_id = a.id" + KINDS
            + " ORDER BY a.id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
    List<LinkRows.OrphanRow> page(@Bind("integration") String integration, @Bind("noCompany") int noCompany,
                                  @Bind("secondary") int secondary, @Bind("offset") int offset, @Bind("limit") int limit);
}
