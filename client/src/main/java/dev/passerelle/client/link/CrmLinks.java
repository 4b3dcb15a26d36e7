package dev.passerelle.client.link;

import dev.passerelle.client.admin.Paged;
import dev.passerelle.client.edit.CrmEdits;
import dev.passerelle.client.run.Action;
import dev.passerelle.client.run.EngineException;
import dev.passerelle.client.store.CompanyRows;
import dev.passerelle.client.store.CrmStore;
import dev.passerelle.client.store.LinkRows;
import dev.passerelle.client.store.LinkRows.GenericAccount;
import dev.passerelle.client.store.LinkRows.LinkedAccount;
import dev.passerelle.client.store.LinkRows.OrphanRow;
import dev.passerelle.client.store.OrphanReads;
import dev.passerelle.client.users.Permissions;
import java.util.List;
import java.util.Locale;
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

    /** An account with no company, or a secondary account of a company; {@code reason} is its {@link OrphanKind}'s name. */
    public record Orphan(long accountId, String integration, String erpKey, String accountCode, String name,
                         Long companyId, String reason) {
    }

    /** Why an account is an orphan. */
    public enum OrphanKind {
        /** It hangs on no company. */
        NO_COMPANY,
        /** It hangs on a company as a secondary account, beside the company's primary one (or in place of it). */
        SECONDARY
    }

    /** The largest page {@link #orphans(String, OrphanKind, int, int)} reads. */
    public static final int MAX_PAGE = 500;

    /** The CRM id of an account, found by its accounting code in an integration. */
    public long accountByCode(String integration, String accountCode) {
        return store.jdbi().withExtension(LinkRows.class, rows -> rows.accountsWithCode(integration, accountCode))
                .stream().findFirst()
                .orElseThrow(() -> new EngineException.BadRequest("no account with code '" + accountCode + "' in '"
                        + integration + "'"));
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
            LinkRows rows = handle.attach(LinkRows.class);
            LinkedAccount account = account(rows, accountId);
            if (account.erpDeleted()) {
                rows.removeDeletedAccount(account.integration(), accountId);
                if (account.linked() && account.isPrimary()) {
                    promoteAnother(handle, account.companyId(), account.integration());
                }
                return Unlinked.REMOVED;
            }
            if (!account.linked()) {
                throw new EngineException.BadRequest("account " + accountId + " is not linked to a company");
            }
            rows.hang(accountId, null, false);
            return Unlinked.UNLINKED;
        });
    }

    /** Makes the company's first other account of the integration its primary one, when it has none left. */
    private void promoteAnother(Handle handle, long companyId, String integration) {
        LinkRows rows = handle.attach(LinkRows.class);
        if (!rows.primaryAccountsOf(companyId, integration).isEmpty()) {
            return;
        }
        rows.accountsOf(companyId, integration).stream().findFirst().ifPresent(next -> {
            rows.makePrimary(next);
            Replication.fromAccount(handle, store.now(), next);
        });
    }

    /** Links a company to an existing account that has no company; the company becomes its primary company. */
    public void link(String user, long companyId, long accountId) {
        store.jdbi().useTransaction(handle -> {
            Permissions.check(handle, user, Action.LINK);
            LinkedAccount account = requireOrphanAccount(handle, companyId, accountId);
            String integration = account.integration();
            if (!handle.attach(LinkRows.class).primaryAccountsOf(companyId, integration).isEmpty()) {
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
            if (!account(handle.attach(LinkRows.class), accountId).linked()) {
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
            LinkRows rows = handle.attach(LinkRows.class);
            List<Long> accounts = rows.accountsOf(fromCompanyId);
            if (!accounts.isEmpty()) {
                throw new EngineException.BadRequest("company " + fromCompanyId + " is linked to " + accounts.size()
                        + " ERP account(s) " + accounts + "; a linked company is never merged away: move each account"
                        + " with crm-sync relink --account-id ID --to-company " + intoCompanyId + " first");
            }
            rows.absorb(fromCompanyId, intoCompanyId);
        });
    }

    /** Moves an account and its contacts and addresses to a company; see {@link #relink}. */
    private void move(Handle handle, long accountId, long toCompanyId, boolean primaryWhenNone) {
        LinkRows rows = handle.attach(LinkRows.class);
        LinkedAccount account = account(rows, accountId);
        Long fromCompanyId = account.companyId();
        if (fromCompanyId != null && fromCompanyId == toCompanyId) {
            throw new EngineException.BadRequest("account " + accountId + " is already linked to company " + toCompanyId);
        }
        String integration = account.integration();
        boolean primary = primaryWhenNone && rows.primaryAccountsOf(toCompanyId, integration).isEmpty();
        attach(handle, toCompanyId, accountId, primary);
        if (fromCompanyId == null) {
            return;
        }
        if (rows.accountsOf(fromCompanyId).isEmpty()) {
            rows.absorb(fromCompanyId, toCompanyId);
        } else if (account.isPrimary()) {
            promoteAnother(handle, fromCompanyId, integration);
        }
    }

    /** Accounts with no company, and secondary accounts of a company. */
    public List<Orphan> orphans(String integration) {
        return store.jdbi().withExtension(LinkRows.class, rows -> rows.orphans(integration)).stream().map(CrmLinks::orphan)
                .toList();
    }

    /**
     * One page of an integration's orphans, in the order of {@link #orphans(String)}: of one kind, or of
     * both when {@code kind} is null. The page is read in SQL, with the count of the whole listing.
     */
    public Paged<Orphan> orphans(String integration, OrphanKind kind, int offset, int limit) {
        Paged.check(offset, limit, MAX_PAGE);
        int noCompany = kind == null || kind == OrphanKind.NO_COMPANY ? 1 : 0;
        int secondary = kind == null || kind == OrphanKind.SECONDARY ? 1 : 0;
        return store.jdbi().withExtension(OrphanReads.class, reads -> new Paged<>(
                reads.page(integration, noCompany, secondary, offset, limit).stream().map(CrmLinks::orphan).toList(),
                reads.count(integration, noCompany, secondary), offset, limit));
    }

    private static Orphan orphan(OrphanRow row) {
        return new Orphan(row.id(), row.integration(), row.erpKey(), row.accountCode(), row.name(), row.companyId(),
                (row.companyId() == null ? OrphanKind.NO_COMPANY : OrphanKind.SECONDARY).name());
    }

    /** Creates a company for an orphan account and makes it the account's primary company. Answers the company id. */
    public long createCompanyFor(String user, long accountId) {
        return store.jdbi().inTransaction(handle -> {
            Permissions.check(handle, user, Action.LINK);
            LinkRows rows = handle.attach(LinkRows.class);
            LinkedAccount account = account(rows, accountId);
            if (account.linked() && account.isPrimary()) {
                throw new EngineException.BadRequest("account " + accountId + " already has its own company");
            }
            long companyId = store.ids().next();
            handle.attach(CompanyRows.class).insert(companyId, account.name(), account.accountType(), store.now());
            rows.carryChildren(accountId, companyId);
            rows.hang(accountId, companyId, true);
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
        store.jdbi().useExtension(LinkRows.class, rows -> {
            account(rows, accountId);
            rows.setGeneric(accountId, generic);
        });
    }

    /** Attaches a prospect company to a generic account chosen by hand, until it has its own account. */
    public void attachGeneric(long companyId, long genericAccountId) {
        store.jdbi().useTransaction(handle -> {
            CrmEdits.requireCompany(handle, companyId);
            LinkRows rows = handle.attach(LinkRows.class);
            if (!account(rows, genericAccountId).isGeneric()) {
                throw new EngineException.BadRequest("account " + genericAccountId + " is not a generic account");
            }
            rows.attachToGeneric(companyId, genericAccountId);
        });
    }

    /**
     * Attaches a prospect to a generic account by rule: the generic account whose name starts with
     * the prospect's first letter, else the one of the given price category, else the first one.
     */
    public long attachGenericByRule(long companyId, String integration, String priceCategory) {
        long chosen = store.jdbi().withHandle(handle -> {
            LinkRows rows = handle.attach(LinkRows.class);
            String name = handle.attach(CompanyRows.class).name(companyId)
                    .orElseThrow(() -> new EngineException.BadRequest("no company with id " + companyId));
            List<GenericAccount> generics = rows.genericAccounts(integration);
            if (generics.isEmpty()) {
                throw new EngineException.BadRequest("integration '" + integration + "' has no generic account");
            }
            String letter = name.substring(0, 1).toUpperCase(Locale.ROOT);
            return generics.stream().filter(g -> g.name().toUpperCase(Locale.ROOT).endsWith(" " + letter)).findFirst()
                    .or(() -> generics.stream().filter(g -> priceCategory != null && priceCategory.equals(g.priceCategory()))
                            .findFirst())
                    .orElse(generics.get(0)).id();
        });
        attachGeneric(companyId, chosen);
        return chosen;
    }

    private static LinkedAccount requireOrphanAccount(Handle handle, long companyId, long accountId) {
        CrmEdits.requireCompany(handle, companyId);
        LinkedAccount account = account(handle.attach(LinkRows.class), accountId);
        if (account.linked()) {
            throw new EngineException.BadRequest("account " + accountId + " is linked to company " + account.companyId()
                    + "; use relink to move it");
        }
        return account;
    }

    private void attach(Handle handle, long companyId, long accountId, boolean primary) {
        LinkRows rows = handle.attach(LinkRows.class);
        rows.hang(accountId, companyId, primary);
        rows.carryChildren(accountId, companyId);
        if (primary) {
            Replication.fromAccount(handle, store.now(), accountId);
        }
    }

    static LinkedAccount account(LinkRows rows, long accountId) {
        return rows.account(accountId)
                .orElseThrow(() -> new EngineException.BadRequest("no account with id " + accountId));
    }
}
