package dev.passerelle.client.store;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Companies as first-sync matching finds them, by normalised VAT number. A company is free to be
 * matched when it is no account's company yet (in any integration) and not flagged "never sync".
 * Lists of VAT numbers are given in chunks small enough for one statement's parameters.
 */
@RegisterConstructorMapper(VatRows.CompanyVat.class)
public interface VatRows {

    /** A company and a VAT number of it (normalised or as typed, as the query says). */
    record CompanyVat(long id, String vat) {
    }

    String FREE = " AND c.never_sync = 0 AND NOT EXISTS (SELECT 1 FROM account a WHERE a.company_id = c.id)";

    /** Free companies with one of these normalised VAT numbers, by id. */
    @SqlQuery("SELECT c.id, c.vat_normalised AS vat FROM company c WHERE c.vat_normalised IN (<vats>)" + FREE + " ORDER BY c.id")
    List<CompanyVat> free(@BindList("vats") List<String> normalisedVats);

    /** Companies flagged "never sync" with one of these normalised VAT numbers, by id. */
    @SqlQuery("SELECT c.id, c.vat_normalised AS vat FROM company c WHERE c.vat_normalised IN (<vats>) AND c.never_sync = 1"
            + " ORDER BY c.id")
    List<CompanyVat> neverSync(@BindList("vats") List<String> normalisedVats);

    /** A company that carries a normalised VAT number, and whether it is flagged "never sync". */
    record MatchableCompany(long id, String vat, boolean neverSync) {
    }

    /**
     * Every company carrying a normalised VAT number that is free to be matched or flagged "never
     * sync", by id: what a first load matches from memory while {@code ix_company_vat} is set aside
     * (one pass over the table).
     */
    @SqlQuery("SELECT c.id, c.vat_normalised AS vat, c.never_sync FROM company c WHERE c.vat_normalised IS NOT NULL"
            + " AND (c.never_sync = 1 OR NOT EXISTS (SELECT 1 FROM account a WHERE a.company_id = c.id)) ORDER BY c.id")
    @RegisterConstructorMapper(MatchableCompany.class)
    List<MatchableCompany> matchable();

    /** Of these companies, those still free to be matched (by id: for candidates found in memory). */
    @SqlQuery("SELECT c.id FROM company c WHERE c.id IN (<ids>)" + FREE)
    List<Long> stillFree(@BindList("ids") List<Long> companyIds);

    /** Free companies whose VAT number was typed without its normalised form (by a CRM sharing the database), as typed. */
    @SqlQuery("SELECT c.id, c.vat_number AS vat FROM company c WHERE c.vat_normalised IS NULL AND c.vat_number IS NOT NULL"
            + FREE + " ORDER BY c.id")
    List<CompanyVat> typedOnly();

    /** Stores normalised VAT numbers. */
    @SqlBatch("UPDATE company SET vat_normalised = :vat WHERE id = :id")
    void normalised(@BindMethods List<CompanyVat> companies);
}
