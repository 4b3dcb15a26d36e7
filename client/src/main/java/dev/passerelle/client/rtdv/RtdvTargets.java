package dev.passerelle.client.rtdv;

import dev.passerelle.client.identity.Identity;
import dev.passerelle.client.identity.IdentityMap;
import dev.passerelle.client.run.EngineException;
import java.util.List;
import java.util.Map;
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
            long companyId = companyId(handle, idOrName.strip());
            String name = handle.createQuery("SELECT name FROM company WHERE id = :id").bind("id", companyId)
                    .mapTo(String.class).one();
            Optional<Map<String, Object>> own = handle.createQuery("SELECT id, account_code FROM account"
                            + " WHERE company_id = :company AND integration = :integration ORDER BY is_primary DESC, id")
                    .bind("company", companyId).bind("integration", integration).mapToMap().findFirst();
            if (own.isPresent()) {
                long accountId = ((Number) own.get().get("id")).longValue();
                return new RtdvTarget(erpKey(handle, integration, accountId, name),
                        null, name + " (account " + own.get().get("account_code") + ")");
            }
            Optional<Map<String, Object>> generic = handle.createQuery("SELECT a.id, a.account_code FROM company c"
                            + " JOIN account a ON a.id = c.generic_account_id WHERE c.id = :company AND a.integration = :integration")
                    .bind("company", companyId).bind("integration", integration).mapToMap().findFirst();
            if (generic.isEmpty()) {
                throw new EngineException.BadRequest("company '" + name + "' (" + companyId + ") has no ERP account in '"
                        + integration + "' and is attached to no generic account");
            }
            long accountId = ((Number) generic.get().get("id")).longValue();
            return new RtdvTarget(erpKey(handle, integration, accountId, name), name,
                    name + " (through generic account " + generic.get().get("account_code") + ")");
        });
    }

    private static long companyId(Handle handle, String idOrName) {
        if (idOrName.chars().allMatch(Character::isDigit) && idOrName.length() < 19) {
            long id = Long.parseLong(idOrName);
            boolean exists = handle.createQuery("SELECT COUNT(*) FROM company WHERE id = :id").bind("id", id)
                    .mapTo(Integer.class).one() > 0;
            if (exists) {
                return id;
            }
        }
        List<Long> ids = handle.createQuery("SELECT id FROM company WHERE UPPER(name) = UPPER(:name) ORDER BY id")
                .bind("name", idOrName).mapTo(Long.class).list();
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
