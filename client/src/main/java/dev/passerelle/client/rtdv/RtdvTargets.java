package dev.passerelle.client.rtdv;

import dev.passerelle.client.identity.Identity;
import dev.passerelle.client.identity.IdentityMap;
import dev.passerelle.client.run.EngineException;
import dev.passerelle.client.store.CompanyRows;
import dev.passerelle.client.store.RtdvRows;
import dev.passerelle.client.store.RtdvRows.CompanyAccount;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Resolves a CRM company (by id or by name) to the ERP account its real-time figures come from,
 * through the identity map: the company's primary account in the integration, else the generic
 * account it is attached to, filtered by the company's name. Read-only; thread-safe.
 */
public final class RtdvTargets {

    private final Jdbi store;

    /** Over the CRM store's database. */
    public RtdvTargets(Jdbi store) {
        this.store = store;
    }

    /** A company given as its CRM id (all digits) or its exact name, ignoring case. */
    public RtdvTarget company(String integration, String idOrName) {
        if (idOrName == null || idOrName.isBlank()) {
            throw new EngineException.BadRequest("name a company (its CRM id or its name) or give --erp-key");
        }
        return store.withHandle(handle -> {
            RtdvRows rows = handle.attach(RtdvRows.class);
            long companyId = companyId(handle.attach(CompanyRows.class), rows, idOrName.strip());
            String name = handle.attach(CompanyRows.class).name(companyId).orElseThrow();
            Optional<CompanyAccount> own = rows.accounts(companyId, integration).stream().findFirst();
            if (own.isPresent()) {
                return new RtdvTarget(erpKey(handle, integration, own.get().id(), name),
                        null, name + " (account " + own.get().accountCode() + ")");
            }
            CompanyAccount generic = rows.genericAccount(companyId, integration)
                    .orElseThrow(() -> new EngineException.BadRequest("company '" + name + "' (" + companyId
                            + ") has no ERP account in '" + integration + "' and is attached to no generic account"));
            return new RtdvTarget(erpKey(handle, integration, generic.id(), name), name,
                    name + " (through generic account " + generic.accountCode() + ")");
        });
    }

    private static long companyId(CompanyRows companies, RtdvRows rows, String idOrName) {
        if (idOrName.chars().allMatch(Character::isDigit) && idOrName.length() < 19) {
            long id = Long.parseLong(idOrName);
            if (companies.exists(id)) {
                return id;
            }
        }
        List<Long> ids = rows.companiesNamed(idOrName);
        if (ids.isEmpty()) {
            throw new EngineException.BadRequest("no company with id or name '" + idOrName + "'");
        }
        if (ids.size() > 1) {
            throw new EngineException.BadRequest("several companies are named '" + idOrName + "' (ids " + ids
                    + "): give the id");
        }
        return ids.get(0);
    }

    private static String erpKey(Handle handle, String integration, long accountId, String companyName) {
        return handle.attach(IdentityMap.class).byCrmId(integration, "ACCOUNT", accountId).map(Identity::erpKey)
                .orElseThrow(() -> new EngineException.BadRequest("the account of '" + companyName
                        + "' has no ERP key yet (not synchronised): run crm-sync run first"));
    }
}
