package dev.passerelle.server.store;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The company's one row as GetServiceInfo names it (the change feed reads it as CompanySettingsTable). Attach to a handle. */
@RegisterConstructorMapper(CompanyTable.Names.class)
public interface CompanyTable {

    /** The company's name and the ERP product it runs. */
    record Names(String companyName, String erpProduct) {
    }

    @SqlQuery("SELECT company_name, erp_product FROM company WHERE id = 1")
    Names names();

    @SqlUpdate("UPDATE company SET company_name = :name WHERE id = 1")
    void rename(@Bind("name") String companyName);
}
