package dev.passerelle.client.link;

import dev.passerelle.client.edit.CrmEdits;
import dev.passerelle.client.run.Action;
import dev.passerelle.client.run.EngineException;
import dev.passerelle.client.store.CrmStore;
import dev.passerelle.client.users.Permissions;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Links between CRM companies and ERP accounts: break a link, link a company to an existing account,
 * move one account's link to another company (a company left with no account goes, merged into the
 * new one), link additional accounts to one company, merge a company without accounts into another,
 * list orphans and create companies for them, attach a prospect to a generic account. Each action
 * checks the user's permission and runs in one transaction. Thread-safe.
 */
public final class CrmLinks {

    private final CrmStore store;

    public CrmLinks(CrmStore store) {
        this.store = store;
    }

    /** An account with no company, or a secondary account of a company. */
    public record Orphan(long accountId, String integration, String erpKey, String accountCode, String name,
                         Long companyId, String reason) {
    }

    /** The CRM id of an account, found by its accounting code in an integration. */
    public long accountByCode(String integration, String accountCode) {
        return store.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT id FROM account WHERE integration = :integration AND account_code = :code")
                .bind("integration", integration).bind("code", accountCode).mapTo(Long.class).findFirst()
                .orElseThrow(() -> new EngineException.BadRequest("no account with code '" + accountCode + "' in '"
                        + integration + "'")));
    }

    /** What {@link #unlink} did. */
    public enum Unlinked {
        /** The link is broken; the account is an orphan. */
        UNLINKED,
        /** The account was deleted in the ERP: it is removed from the CRM, its company kept. */
        REMOVED
    }

    /**
     * Breaks the link between an account and its company; the account becomes an orphan. An account the
     * ERP deleted is removed from the CRM instead (its company, contacts and addresses are kept).
     */
    public Unlinked unlink(String user, long accountId) {
        return store.jdbi().inTransaction(handle -> {
            Permissions.check(handle, user, Action.UNLINK);
            Map<String, Object> account = account(handle, accountId);
            if (Boolean.TRUE.equals(account.get("erp_deleted"))) {
                removeDeleted(handle, accountId, account);
                return Unlinked.REMOVED;
            }
            if (account.get("company_id") == null) {
                throw new EngineException.BadRequest("account " + accountId + " is not linked to a company");
            }
            handle.createUpdate("UPDATE account SET company_id = NULL, is_primary = 0 WHERE id = :id").bind("id", accountId).execute();
            return Unlinked.UNLINKED;
        });
    }

    /** Removes an account the ERP deleted: what hangs on it in the CRM only, its key, then the account. */
    private void removeDeleted(Handle handle, long accountId, Map<String, Object> account) {
        String integration = (String) account.get("integration");
        for (String table : List.of("contact", "address")) {
            String entity = table.equals("contact") ? "CONTACT" : "DELIVERY_ADDRESS";
            handle.createUpdate("DELETE FROM identity_map WHERE integration = :integration AND entity = :entity AND crm_id IN"
                            + " (SELECT id FROM " + table + " WHERE account_id = :account)")
                    .bind("integration", integration).bind("entity", entity).bind("account", accountId).execute();
            handle.createUpdate("UPDATE " + table + " SET account_id = NULL WHERE account_id = :account")
                    .bind("account", accountId).execute();
        }
        List<Long> pending = handle.createQuery("SELECT id FROM outbox WHERE entity = N'ACCOUNT' AND crm_id = :account")
                .bind("account", accountId).mapTo(Long.class).list();
        if (!pending.isEmpty()) {
            dev.passerelle.client.store.Outbox.dropAll(handle, pending);
        }
        handle.createUpdate("DELETE FROM free_field_value WHERE account_id = :account").bind("account", accountId).execute();
        handle.createUpdate("DELETE FROM erp_held_value WHERE owner_entity = N'ACCOUNT' AND owner_id = :account")
                .bind("account", accountId).execute();
        handle.createUpdate("DELETE FROM identity_map WHERE integration = :integration AND entity = N'ACCOUNT' AND crm_id = :account")
                .bind("integration", integration).bind("account", accountId).execute();
        handle.createUpdate("UPDATE company SET generic_account_id = NULL WHERE generic_account_id = :account")
                .bind("account", accountId).execute();
        handle.createUpdate("DELETE FROM account WHERE id = :account").bind("account", accountId).execute();
        Object company = account.get("company_id");
        if (company != null && Boolean.TRUE.equals(account.get("is_primary"))) {
            promoteAnother(handle, ((Number) company).longValue(), integration);
        }
    }

    /** Makes the company's first other account of the integration its primary one, when it has none left. */
    private void promoteAnother(Handle handle, long companyId, String integration) {
        if (primaryOf(handle, companyId, integration).isPresent()) {
            return;
        }
        handle.createQuery("SELECT MIN(id) FROM account WHERE company_id = :company AND integration = :integration")
                .bind("company", companyId).bind("integration", integration).mapTo(Long.class).findOne()
                .ifPresent(next -> {
                    handle.createUpdate("UPDATE account SET is_primary = 1 WHERE id = :id").bind("id", next).execute();
                    Replication.fromAccount(handle, store.now(), next);
                });
    }

    /** Links a company to an existing account that has no company; the company becomes its primary company. */
    public void link(String user, long companyId, long accountId) {
        store.jdbi().useTransaction(handle -> {
            Permissions.check(handle, user, Action.LINK);
            Map<String, Object> account = requireOrphanAccount(handle, companyId, accountId);
            String integration = (String) account.get("integration");
            int primary = handle.createQuery("SELECT COUNT(*) FROM account WHERE company_id = :company AND integration = :integration"
                    + " AND is_primary = 1").bind("company", companyId).bind("integration", integration).mapTo(Integer.class).one();
            if (primary > 0) {
                throw new EngineException.BadRequest("company " + companyId + " already has an account in '" + integration
                        + "'; use link-additional to add another");
            }
            attach(handle, companyId, accountId, true);
        });
    }

    /**
     * Links one more account to a company (one CRM contract split over several ERP accounts), so that
     * all their delivery addresses show on it. An account that has a company already is moved from it,
     * as {@link #relink} moves it.
     */
    public void linkAdditional(String user, long companyId, long accountId) {
        store.jdbi().useTransaction(handle -> {
            Permissions.check(handle, user, Action.LINK);
            CrmEdits.requireCompany(handle, companyId);
            move(handle, accountId, companyId, false);
        });
    }

    /**
     * Moves one account's link to another company, with the account's contacts and addresses. It becomes
     * the company's primary account of its integration when the company has none there, else an
     * additional one. A company the account leaves keeps its other accounts (another of them becomes
     * primary when the moved one was); a company left with no account at all goes, its own contacts
     * and addresses merged into the new one.
     */
    public void relink(String user, long accountId, long toCompanyId) {
        store.jdbi().useTransaction(handle -> {
            Permissions.check(handle, user, Action.RELINK);
            CrmEdits.requireCompany(handle, toCompanyId);
            if (account(handle, accountId).get("company_id") == null) {
                throw new EngineException.BadRequest("account " + accountId + " has no company; use link");
            }
            move(handle, accountId, toCompanyId, true);
        });
    }

    /**
     * Merges a company that has no account into another: its contacts and addresses move, it goes. A
     * company linked to an ERP account is never merged away: move its accounts first with {@link #relink}.
     */
    public void merge(String user, long fromCompanyId, long intoCompanyId) {
        store.jdbi().useTransaction(handle -> {
            Permissions.check(handle, user, Action.RELINK);
            CrmEdits.requireCompany(handle, fromCompanyId);
            CrmEdits.requireCompany(handle, intoCompanyId);
            if (fromCompanyId == intoCompanyId) {
                throw new EngineException.BadRequest("a company cannot be merged into itself");
            }
            List<Long> accounts = accountsOf(handle, fromCompanyId);
            if (!accounts.isEmpty()) {
                throw new EngineException.BadRequest("company " + fromCompanyId + " is linked to " + accounts.size()
                        + " ERP account(s) " + accounts + "; a linked company is never merged away: move each account"
                        + " with crm-sync relink --account-id ID --to-company " + intoCompanyId + " first");
            }
            absorb(handle, fromCompanyId, intoCompanyId);
        });
    }

    /** Moves an account and its contacts and addresses to a company; see {@link #relink}. */
    private void move(Handle handle, long accountId, long toCompanyId, boolean primaryWhenNone) {
        Map<String, Object> account = account(handle, accountId);
        Long fromCompanyId = account.get("company_id") == null ? null : ((Number) account.get("company_id")).longValue();
        if (fromCompanyId != null && fromCompanyId == toCompanyId) {
            throw new EngineException.BadRequest("account " + accountId + " is already linked to company " + toCompanyId);
        }
        String integration = (String) account.get("integration");
        boolean primary = primaryWhenNone && primaryOf(handle, toCompanyId, integration).isEmpty();
        attach(handle, toCompanyId, accountId, primary);
        if (fromCompanyId == null) {
            return;
        }
        if (accountsOf(handle, fromCompanyId).isEmpty()) {
            absorb(handle, fromCompanyId, toCompanyId);
        } else if (Boolean.TRUE.equals(account.get("is_primary"))) {
            promoteAnother(handle, fromCompanyId, integration);
        }
    }

    /** Moves the contacts and addresses of a company with no account left into another, then removes it. */
    private static void absorb(Handle handle, long fromCompanyId, long intoCompanyId) {
        for (String table : List.of("contact", "address")) {
            handle.createUpdate("UPDATE " + table + " SET company_id = :to WHERE company_id = :from")
                    .bind("to", intoCompanyId).bind("from", fromCompanyId).execute();
        }
        handle.createUpdate("UPDATE contact SET is_primary = 0 WHERE company_id = :to AND is_primary = 1 AND account_id IS NULL"
                        + " AND id NOT IN (SELECT MIN(id) FROM contact WHERE company_id = :to AND is_primary = 1)")
                .bind("to", intoCompanyId).execute();
        handle.createUpdate("DELETE FROM parked_change WHERE company_id = :from").bind("from", fromCompanyId).execute();
        handle.createUpdate("DELETE FROM company WHERE id = :from").bind("from", fromCompanyId).execute();
    }

    private static List<Long> accountsOf(Handle handle, long companyId) {
        return handle.createQuery("SELECT id FROM account WHERE company_id = :company ORDER BY id").bind("company", companyId)
                .mapTo(Long.class).list();
    }

    private static java.util.Optional<Long> primaryOf(Handle handle, long companyId, String integration) {
        return handle.createQuery("SELECT id FROM account WHERE company_id = :company AND integration = :integration"
                        + " AND is_primary = 1").bind("company", companyId).bind("integration", integration)
                .mapTo(Long.class).findFirst();
    }

    /** Accounts with no company, and secondary accounts of a company. */
    public List<Orphan> orphans(String integration) {
        return store.jdbi().withHandle(handle -> handle.createQuery("SELECT a.id, a.integration, i.erp_key, a.account_code,"
                        + " a.name, a.company_id, a.is_primary FROM account a LEFT JOIN identity_map i ON i.integration ="
                        + " a.integration AND i.entity = N'ACCOUNT' AND i.crm_id = a.id WHERE a.integration = :integration"
                        + " AND (a.company_id IS NULL OR a.is_primary = 0) ORDER BY a.id")
                .bind("integration", integration).mapToMap()
                .map(row -> new Orphan(((Number) row.get("id")).longValue(), (String) row.get("integration"),
                        (String) row.get("erp_key"), (String) row.get("account_code"), (String) row.get("name"),
                        row.get("company_id") == null ? null : ((Number) row.get("company_id")).longValue(),
                        row.get("company_id") == null ? "NO_COMPANY" : "SECONDARY"))
                .list());
    }

    /** Creates a company for an orphan account and makes it the account's primary company. Answers the company id. */
    public long createCompanyFor(String user, long accountId) {
        return store.jdbi().inTransaction(handle -> {
            Permissions.check(handle, user, Action.LINK);
            Map<String, Object> account = account(handle, accountId);
            if (account.get("company_id") != null && Boolean.TRUE.equals(account.get("is_primary"))) {
                throw new EngineException.BadRequest("account " + accountId + " already has its own company");
            }
            long companyId = store.ids().next();
            handle.createUpdate("INSERT INTO company (id, name, company_type, active, never_sync, skip_next_run, created_at,"
                            + " updated_at) VALUES (:id, :name, :type, 1, 0, 0, :now, :now)")
                    .bind("id", companyId).bind("name", account.get("name")).bind("type", account.get("account_type"))
                    .bind("now", store.now()).execute();
            handle.createUpdate("UPDATE address SET company_id = :company WHERE account_id = :account")
                    .bind("company", companyId).bind("account", accountId).execute();
            handle.createUpdate("UPDATE contact SET company_id = :company WHERE account_id = :account")
                    .bind("company", companyId).bind("account", accountId).execute();
            handle.createUpdate("UPDATE account SET company_id = :company, is_primary = 1 WHERE id = :id")
                    .bind("company", companyId).bind("id", accountId).execute();
            Replication.fromAccount(handle, store.now(), accountId);
            return companyId;
        });
    }

    /** Creates companies for every orphan of an integration (secondary accounts too when asked). Answers how many. */
    public int createCompaniesForAll(String user, String integration, boolean includeSecondary) {
        int created = 0;
        for (Orphan orphan : orphans(integration)) {
            if (orphan.companyId() == null || includeSecondary) {
                createCompanyFor(user, orphan.accountId());
                created++;
            }
        }
        return created;
    }

    /** Marks an account as generic (one prospects may be attached to), or not. */
    public void setGeneric(long accountId, boolean generic) {
        store.jdbi().useHandle(handle -> {
            account(handle, accountId);
            handle.createUpdate("UPDATE account SET is_generic = :generic WHERE id = :id")
                    .bind("generic", generic).bind("id", accountId).execute();
        });
    }

    /** Attaches a prospect company to a generic account chosen by hand, until it has its own account. */
    public void attachGeneric(long companyId, long genericAccountId) {
        store.jdbi().useTransaction(handle -> {
            CrmEdits.requireCompany(handle, companyId);
            if (!Boolean.TRUE.equals(account(handle, genericAccountId).get("is_generic"))) {
                throw new EngineException.BadRequest("account " + genericAccountId + " is not a generic account");
            }
            handle.createUpdate("UPDATE company SET generic_account_id = :account WHERE id = :id")
                    .bind("account", genericAccountId).bind("id", companyId).execute();
        });
    }

    /**
     * Attaches a prospect to a generic account by rule: the generic account whose name starts with
     * the prospect's first letter, else the one of the given price category, else the first one.
     */
    public long attachGenericByRule(long companyId, String integration, String priceCategory) {
        long chosen = store.jdbi().withHandle(handle -> {
            String name = handle.createQuery("SELECT name FROM company WHERE id = :id").bind("id", companyId)
                    .mapTo(String.class).findOne().orElseThrow(() -> new EngineException.BadRequest("no company with id " + companyId));
            List<Map<String, Object>> generics = handle.createQuery("SELECT id, name, price_category FROM account"
                            + " WHERE integration = :integration AND is_generic = 1 ORDER BY id")
                    .bind("integration", integration).mapToMap().list();
            if (generics.isEmpty()) {
                throw new EngineException.BadRequest("integration '" + integration + "' has no generic account");
            }
            String letter = name.substring(0, 1).toUpperCase();
            return generics.stream().filter(g -> ((String) g.get("name")).toUpperCase().endsWith(" " + letter)).findFirst()
                    .or(() -> generics.stream().filter(g -> priceCategory != null && priceCategory.equals(g.get("price_category"))).findFirst())
                    .orElse(generics.get(0)).get("id") instanceof Number id ? id.longValue() : 0L;
        });
        attachGeneric(companyId, chosen);
        return chosen;
    }

    private static Map<String, Object> requireOrphanAccount(Handle handle, long companyId, long accountId) {
        CrmEdits.requireCompany(handle, companyId);
        Map<String, Object> account = account(handle, accountId);
        if (account.get("company_id") != null) {
            throw new EngineException.BadRequest("account " + accountId + " is linked to company " + account.get("company_id")
                    + "; use relink to move it");
        }
        return account;
    }

    private void attach(Handle handle, long companyId, long accountId, boolean primary) {
        handle.createUpdate("UPDATE account SET company_id = :company, is_primary = :primary WHERE id = :id")
                .bind("company", companyId).bind("primary", primary).bind("id", accountId).execute();
        for (String table : List.of("contact", "address")) {
            handle.createUpdate("UPDATE " + table + " SET company_id = :company WHERE account_id = :account")
                    .bind("company", companyId).bind("account", accountId).execute();
        }
        if (primary) {
            Replication.fromAccount(handle, store.now(), accountId);
        }
    }

    static Map<String, Object> account(Handle handle, long accountId) {
        return handle.createQuery("SELECT * FROM account WHERE id = :id").bind("id", accountId).mapToMap().findOne()
                .orElseThrow(() -> new EngineException.BadRequest("no account with id " + accountId));
    }
}
