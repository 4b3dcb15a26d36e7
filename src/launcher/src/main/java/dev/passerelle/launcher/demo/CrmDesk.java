package dev.passerelle.launcher.demo;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.identity.Identity;
import dev.passerelle.client.identity.IdentityMap;
import dev.passerelle.client.store.CompanyReads;
import dev.passerelle.client.store.CompanyRows;
import dev.passerelle.client.store.LinkRows;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Reads of the CRM store the demo shows, through the store's own interfaces; every CRM-side write goes
 * through the engine's edit API.
 */
final class CrmDesk {

    /** A CRM account of the demo's integration, its company and the company's name. */
    record Account(long id, long companyId, String companyName) {
    }

    private final Jdbi crm;
    private final String integration;

    CrmDesk(CrmEngine engine, String integration) {
        this.crm = engine.store().jdbi();
        this.integration = integration;
    }

    /** The one account of the integration with this code, once it is linked to a company. */
    Account accountByCode(String code) {
        return crm.withHandle(handle -> {
            LinkRows links = handle.attach(LinkRows.class);
            long id = only(links.accountsWithCode(integration, code), "account " + code);
            long company = links.account(id).map(LinkRows.LinkedAccount::companyId)
                    .orElseThrow(() -> new DemoFailure("CRM account " + code + " has no company"));
            return new Account(id, company, handle.attach(CompanyRows.class).name(company).orElseThrow());
        });
    }

    long firstAddressOf(long companyId) {
        return crm.withExtension(CompanyReads.class, reads -> reads.addresses(companyId)).stream()
                .mapToLong(CompanyReads.ChildRow::id).min()
                .orElseThrow(() -> new DemoFailure("CRM company " + companyId + " has no address"));
    }

    String erpKeyOf(String entity, long crmId) {
        return crm.withExtension(IdentityMap.class, identities -> identities.byCrmId(integration, entity, crmId))
                .map(Identity::erpKey)
                .orElseThrow(() -> new DemoFailure("CRM " + entity + " " + crmId + " has no ERP key"));
    }

    /** How many CRM accounts hang on a company. */
    long accountsOf(long companyId) {
        return crm.withExtension(LinkRows.class, links -> links.accountsOf(companyId)).size();
    }

    long companies() {
        return crm.withExtension(CompanyReads.class, CompanyReads::count);
    }

    private static long only(List<Long> ids, String what) {
        if (ids.size() != 1) {
            throw new DemoFailure("expected one CRM " + what + ", found " + ids.size());
        }
        return ids.get(0);
    }
}
