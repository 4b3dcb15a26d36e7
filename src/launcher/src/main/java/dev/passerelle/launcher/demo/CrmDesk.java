package dev.passerelle.launcher.demo;

import dev.passerelle.client.CrmEngine;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** Reads of the CRM store the demo shows; every CRM-side write goes through the engine's edit API. */
final class CrmDesk {

    private final Jdbi crm;

    CrmDesk(CrmEngine engine) {
        this.crm = engine.store().jdbi();
    }

    Map<String, Object> accountByCode(String code) {
        return crm.withHandle(handle -> handle.createQuery("SELECT a.id, a.company_id, a.name, a.website, a.dormant,"
                        + " c.name AS company_name, c.active FROM account a LEFT JOIN company c ON c.id = a.company_id"
                        + " WHERE a.account_code = :code").bind("code", code).mapToMap().one());
    }

    long firstAddressOf(long companyId) {
        return crm.withHandle(handle -> handle.createQuery("SELECT MIN(id) FROM address WHERE company_id = :company")
                .bind("company", companyId).mapTo(Long.class).one());
    }

    String erpKeyOf(String entity, long crmId) {
        return crm.withHandle(handle -> handle.createQuery("SELECT erp_key FROM identity_map WHERE entity = :entity"
                        + " AND crm_id = :id").bind("entity", entity).bind("id", crmId).mapTo(String.class).one());
    }

    long count(String sql) {
        return crm.withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }
}
