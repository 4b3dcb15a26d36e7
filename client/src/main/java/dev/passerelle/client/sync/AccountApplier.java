package dev.passerelle.client.sync;

import dev.passerelle.client.config.FollowMode;
import dev.passerelle.client.identity.Identity;
import dev.passerelle.client.identity.IdentityRows;
import dev.passerelle.client.mapping.AccountCodec;
import dev.passerelle.client.mapping.EntitySpec;
import dev.passerelle.client.mapping.Vat;
import dev.passerelle.client.run.Direction;
import dev.passerelle.client.store.AccountRows;
import dev.passerelle.client.store.BatchInsert;
import dev.passerelle.client.store.CompanyRows;
import dev.passerelle.client.store.RecordRows;
import dev.passerelle.contract.v1.Account;
import dev.passerelle.contract.v1.AccountType;
import dev.passerelle.contract.v1.Change;
import dev.passerelle.contract.v1.ChangeOperation;
import dev.passerelle.contract.v1.FreeFieldValue;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Applies a page of ERP account changes to the CRM store: new accounts are matched to existing
 * companies by normalised VAT number or get a company of their own (in bulk), known accounts are
 * merged field by field and mirrored onto their company, deletes only mark the account. Accounts a
 * switch keeps out are noted ({@link SkippedAccounts}) so that their contacts and addresses wait for
 * them.
 */
final class AccountApplier {

    private static final String ENTITY = "ACCOUNT";

    private final RunContext run;
    private final Map<String, String> loginByRepresentative;
    /** Whether this run goes without the store's VAT index (a first load): companies are matched from memory. */
    private final boolean vatsInMemory;
    /**
     * The run's VAT matching, made at its first page of new accounts, once the VAT numbers typed
     * without their normalised form are normalised. Once a run: a page that fails fails the run, so the
     * next run, with a new applier, does it again.
     */
    private VatMatcher vats;

    AccountApplier(RunContext run, Map<String, String> loginByRepresentative, boolean vatsInMemory) {
        this.run = run;
        this.loginByRepresentative = loginByRepresentative;
        this.vatsInMemory = vatsInMemory;
    }

    /** Applies a page; {@code unseen}: the caller knows none of its accounts is in the identity map. */
    void apply(Handle handle, List<Change> changes, boolean unseen) {
        LocalDateTime now = run.store().now();
        Map<String, Identity> known = unseen ? Map.of() : KnownRecords.identities(handle, run.integration(),
                EntitySpec.ACCOUNT, changes.stream().map(Change::getKey).toList());
        Map<Long, Long> companyOf = companies(handle, known.values().stream().map(Identity::crmId).toList());
        Set<Long> excluded = Exclusions.excluded(handle, companyOf.values(), run.skippedCompanies());
        List<Long> updated = new ArrayList<>();
        for (Change change : changes) {
            Identity identity = known.get(change.getKey());
            if (change.getOperation() != ChangeOperation.DELETE && identity != null
                    && run.toApply(identity, change) && !excluded.contains(companyOf.get(identity.crmId()))) {
                updated.add(identity.crmId());
            }
        }
        KnownRows rows = KnownRows.read(handle, run.integration(), EntitySpec.ACCOUNT, updated);
        Set<Long> primary = primaryAccounts(handle, updated);
        Map<Long, String> managers = accountManagers(handle,
                primary.stream().map(companyOf::get).filter(Objects::nonNull).toList());
        Map<Long, Map<String, String>> freeFields = freeFields(handle, updated);
        List<Change> fresh = new ArrayList<>();
        for (Change change : changes) {
            Identity identity = known.get(change.getKey());
            if (change.getOperation() == ChangeOperation.DELETE) {
                markDeleted(handle, identity);
            } else if (identity == null) {
                fresh.add(change);
            } else if (!run.toApply(identity, change)) {
                run.journal().count(ENTITY, Direction.ERP_TO_CRM, "unchanged", 1);
            } else if (excluded.contains(companyOf.get(identity.crmId()))) {
                Parking.park(handle, now, run.integration(), ENTITY, change.getKey(), companyOf.get(identity.crmId()), change);
                run.journal().count(ENTITY, Direction.ERP_TO_CRM, "parked", 1);
            } else {
                updateKnown(handle, now, identity, companyOf.get(identity.crmId()), change, rows,
                        primary.contains(identity.crmId()), managers, freeFields);
            }
        }
        rows.flushVersions(handle);
        insertFresh(handle, now, fresh);
    }

    /**
     * Writes what the change alters of a known account: its fields, its company's mirror and account
     * manager, its free fields. {@code managers} and {@code freeFields} are the page's current values,
     * read in bulk: what equals them is not written again.
     */
    private void updateKnown(Handle handle, LocalDateTime now, Identity identity, Long companyId, Change change,
                             KnownRows rows, boolean isPrimary, Map<Long, String> managers,
                             Map<Long, Map<String, String>> freeFields) {
        Account account = change.getAccount();
        Map<String, String> written = KnownRecords.update(run, handle, EntitySpec.ACCOUNT, identity,
                AccountCodec.read(account), change.getVersion(), rows);
        if (companyId != null && isPrimary) {
            CompanyMirror.replicate(handle, now, companyId, written);
            String login = follower(account.getRepresentativeKey());
            if (run.settings().managerFollowsRepresentative().replaces(managers.get(companyId), login)) {
                CompanyMirror.setAccountManager(handle, companyId, login);
                managers.put(companyId, login);
            }
        }
        if (!freeFieldValues(account).equals(freeFields.getOrDefault(identity.crmId(), Map.of()))) {
            writeFreeFields(handle, identity.crmId(), account, true);
        }
        run.journal().count(ENTITY, Direction.ERP_TO_CRM, RunContext.outcome(identity, change, !written.isEmpty()), 1);
    }

    /** The account's free-field values by name, as the ERP sends them (a value may be null). */
    private static Map<String, String> freeFieldValues(Account account) {
        Map<String, String> values = new HashMap<>();
        for (FreeFieldValue value : account.getFreeField()) {
            values.put(value.getName(), value.getValue());
        }
        return values;
    }

    private void insertFresh(Handle handle, LocalDateTime now, List<Change> fresh) {
        List<Change> wanted = new ArrayList<>();
        for (Change change : fresh) {
            Account account = change.getAccount();
            if (account.getType() == AccountType.SUPPLIER && !run.settings().switches().suppliers()) {
                SkippedAccounts.note(handle, now, run.integration(), change.getKey(), SkippedAccounts.Reason.SUPPLIER);
                run.journal().count(ENTITY, Direction.ERP_TO_CRM, "skipped", 1);
            } else if (account.isDormant() && !run.settings().switches().dormant()) {
                SkippedAccounts.note(handle, now, run.integration(), change.getKey(), SkippedAccounts.Reason.DORMANT);
                run.journal().count(ENTITY, Direction.ERP_TO_CRM, "skipped", 1);
            } else {
                wanted.add(change);
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        if (SkippedAccounts.any(handle, run.integration())) {
            SkippedAccounts.forget(handle, run.integration(), wanted.stream().map(Change::getKey).toList());
        }
        if (vats == null) {
            VatMatcher.normaliseTyped(handle);
            vats = vatsInMemory ? VatMatcher.inMemory(handle) : VatMatcher.indexed();
        }
        Map<String, Long> byVat = vats.unlinkedCompanies(handle,
                wanted.stream().map(change -> Vat.normalise(change.getAccount().getVatNumber())).toList());
        List<CompanyMirror.NewCompany> companies = new ArrayList<>();
        List<RecordRows.NewRow> rows = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        List<Long> versions = new ArrayList<>();
        List<Change> unmatched = new ArrayList<>();
        for (Change change : wanted) {
            Account account = change.getAccount();
            Map<String, String> values = AccountCodec.read(account);
            long accountId = run.store().ids().next();
            Long matched = byVat.remove(Vat.normalise(account.getVatNumber()));
            long companyId;
            if (matched != null) {
                companyId = matched;
                CompanyMirror.replicate(handle, now, companyId, values);
                followRepresentative(handle, companyId, account.getRepresentativeKey());
                run.journal().count("COMPANY", Direction.ERP_TO_CRM, "matched-by-vat", 1);
            } else {
                companyId = run.store().ids().next();
                companies.add(new CompanyMirror.NewCompany(companyId, values, territory(account),
                        manager(account.getRepresentativeKey())));
                unmatched.add(change);
            }
            Map<String, Object> fixed = new LinkedHashMap<>();
            fixed.put("integration", run.integration());
            fixed.put("company_id", companyId);
            fixed.put("is_primary", Boolean.TRUE);
            rows.add(new RecordRows.NewRow(accountId, fixed, values));
            keys.add(change.getKey());
            ids.add(accountId);
            versions.add(change.getVersion());
        }
        noteNeverSync(handle, unmatched);
        CompanyMirror.insert(handle, now, companies);
        HeldParts.receiveNew(run, handle, EntitySpec.ACCOUNT, rows, versions);
        RecordRows.insert(handle, EntitySpec.ACCOUNT, rows);
        IdentityRows.insert(handle, run.integration(), ENTITY, keys, ids, versions);
        BatchInsert freeFields = freeFieldBatch(handle);
        for (int i = 0; i < wanted.size(); i++) {
            for (FreeFieldValue value : wanted.get(i).getAccount().getFreeField()) {
                freeFields.add(ids.get(i), value.getName(), value.getValue());
            }
        }
        freeFields.execute();
        run.journal().count(ENTITY, Direction.ERP_TO_CRM, "inserted", wanted.size());
        run.journal().count("COMPANY", Direction.ERP_TO_CRM, "inserted", companies.size());
    }

    /** Says in the run log which new accounts carry the VAT number of a company kept out by "never sync". */
    private void noteNeverSync(Handle handle, List<Change> unmatched) {
        Map<String, Long> kept = vats.neverSyncCompanies(handle,
                unmatched.stream().map(change -> Vat.normalise(change.getAccount().getVatNumber())).toList());
        for (Change change : unmatched) {
            Long company = kept.get(Vat.normalise(change.getAccount().getVatNumber()));
            if (company != null) {
                run.journal().warn(ENTITY, change.getKey(), "ERP account " + change.getAccount().getAccountCode()
                        + " has the VAT number of company " + company + ", which is flagged never sync: not linked to it;"
                        + " the account got a company of its own");
            }
        }
    }

    private void markDeleted(Handle handle, Identity identity) {
        if (identity == null) {
            return;
        }
        handle.attach(AccountRows.class).markDeleted(identity.crmId());
        run.journal().warn(ENTITY, identity.erpKey(), "account " + identity.erpKey()
                + " was deleted in the ERP; its CRM company and account are kept and marked");
        run.journal().count(ENTITY, Direction.ERP_TO_CRM, "deleted", 1);
    }

    private void writeFreeFields(Handle handle, long accountId, Account account, boolean replace) {
        if (replace) {
            handle.attach(AccountRows.class).deleteFreeFields(accountId);
        }
        if (account.getFreeField().isEmpty()) {
            return;
        }
        BatchInsert values = freeFieldBatch(handle);
        for (FreeFieldValue value : account.getFreeField()) {
            values.add(accountId, value.getName(), value.getValue());
        }
        values.execute();
    }

    private static BatchInsert freeFieldBatch(Handle handle) {
        return BatchInsert.into(handle, "free_field_value", List.of("account_id", "name", "field_value"),
                Types.BIGINT, Types.NVARCHAR, Types.NVARCHAR);
    }

    private void followRepresentative(Handle handle, long companyId, String representativeKey) {
        String login = follower(representativeKey);
        String current = CompanyMirror.accountManager(handle, companyId);
        if (run.settings().managerFollowsRepresentative().replaces(current, login)) {
            CompanyMirror.setAccountManager(handle, companyId, login);
        }
    }

    /** The CRM user who stands for the ERP representative; null when none does. */
    private String follower(String representativeKey) {
        return representativeKey == null ? null : loginByRepresentative.get(representativeKey);
    }

    private String territory(Account account) {
        return account.getType() == AccountType.SUPPLIER && run.settings().supplierTerritory() != null
                ? run.settings().supplierTerritory() : run.settings().defaultTerritory();
    }

    private String manager(String representativeKey) {
        String login = follower(representativeKey);
        if (login != null && run.settings().managerFollowsRepresentative() != FollowMode.NEVER) {
            return login;
        }
        return run.settings().defaultAccountManager();
    }

    /** Which of these accounts are their company's primary account. */
    private static Set<Long> primaryAccounts(Handle handle, List<Long> accountIds) {
        AccountRows rows = handle.attach(AccountRows.class);
        Set<Long> primary = new HashSet<>();
        for (List<Long> chunk : Chunks.of(accountIds)) {
            primary.addAll(rows.primaryAmong(chunk));
        }
        return primary;
    }

    /** The account managers of these companies; none read when the manager never follows the representative. */
    private Map<Long, String> accountManagers(Handle handle, List<Long> companyIds) {
        Map<Long, String> managers = new HashMap<>();
        if (run.settings().managerFollowsRepresentative() == FollowMode.NEVER) {
            return managers;
        }
        CompanyRows rows = handle.attach(CompanyRows.class);
        for (List<Long> chunk : Chunks.of(companyIds)) {
            rows.accountManagers(chunk).forEach(company -> managers.put(company.id(), company.accountManager()));
        }
        return managers;
    }

    /** The free-field values of these accounts by name, for those that have any. */
    private static Map<Long, Map<String, String>> freeFields(Handle handle, List<Long> accountIds) {
        AccountRows rows = handle.attach(AccountRows.class);
        Map<Long, Map<String, String>> values = new HashMap<>();
        for (List<Long> chunk : Chunks.of(accountIds)) {
            for (AccountRows.FreeField field : rows.freeFieldsOf(chunk)) {
                values.computeIfAbsent(field.accountId(), id -> new HashMap<>()).put(field.name(), field.fieldValue());
            }
        }
        return values;
    }

    static Map<Long, Long> companies(Handle handle, List<Long> accountIds) {
        AccountRows rows = handle.attach(AccountRows.class);
        Map<Long, Long> companyOf = new HashMap<>();
        for (List<Long> chunk : Chunks.of(accountIds)) {
            rows.companiesOf(chunk).forEach(account -> companyOf.put(account.id(), account.companyId()));
        }
        return companyOf;
    }
}
