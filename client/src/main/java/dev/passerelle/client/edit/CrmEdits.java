package dev.passerelle.client.edit;

import dev.passerelle.client.config.EngineSettings;
import dev.passerelle.client.config.IntegrationSettings;
import dev.passerelle.client.config.TransferMode;
import dev.passerelle.client.connection.ErpLinks;
import dev.passerelle.client.identity.Identity;
import dev.passerelle.client.identity.IdentityMap;
import dev.passerelle.client.mapping.EntitySpec;
import dev.passerelle.client.mapping.Vat;
import dev.passerelle.client.run.Action;
import dev.passerelle.client.run.EngineException;
import dev.passerelle.client.store.CompanyFields;
import dev.passerelle.client.store.CompanyRows;
import dev.passerelle.client.store.CrmStore;
import dev.passerelle.client.store.LinkRows;
import dev.passerelle.client.store.Outbox;
import dev.passerelle.client.store.RecordRows;
import dev.passerelle.client.users.Permissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The CRM-side Java API: every edit a CRM user makes to synchronised data goes through here, is
 * validated first (a bad value is refused with {@link EngineException.BadRequest} and nothing is
 * written), and is captured into the outbox in the same transaction, so the next run sends it.
 * Thread-safe.
 */
public final class CrmEdits {

    private final CrmStore store;
    private final EngineSettings settings;
    private final ErpLinks erpLinks;

    public CrmEdits(CrmStore store, EngineSettings settings, ErpLinks erpLinks) {
        this.store = store;
        this.settings = settings;
        this.erpLinks = erpLinks;
    }

    /** Creates a company (not yet an account: see {@link #createAccount}). Answers its id. */
    public long createCompany(NewCompany company) {
        FieldRules.check(EntitySpec.ACCOUNT, "name", company.name());
        if (company.country() != null) {
            FieldRules.check(EntitySpec.ACCOUNT, "billing.country", company.country());
        }
        if (!List.of("CUSTOMER", "SUPPLIER", "PROSPECT").contains(company.type())) {
            throw new EngineException.BadRequest("company type must be CUSTOMER, SUPPLIER or PROSPECT");
        }
        long id = store.ids().next();
        store.jdbi().useExtension(CompanyRows.class, rows -> rows.insert(id, company.name(), company.type(),
                company.vatNumber(), Vat.normalise(company.vatNumber()), company.website(), company.street(),
                company.postalCode(), company.city(), company.country(), store.now()));
        return id;
    }

    public void renameCompany(long companyId, String name) {
        editCompany(companyId, "name", name);
    }

    /**
     * Changes one field of a company and of its linked accounts (account field names: name, website,
     * vatNumber, billing.city, phone.MAIN, accountCode...).
     */
    public void editCompany(long companyId, String field, String value) {
        Map<String, String> change = new LinkedHashMap<>();
        change.put(field, value);
        editCompany(companyId, change);
    }

    /**
     * Changes fields of a company and of its primary accounts, all or none: every value is checked
     * before anything is written. A company without an account takes only the fields it holds itself.
     */
    public void editCompany(long companyId, Map<String, String> change) {
        change.forEach((field, value) -> FieldRules.check(EntitySpec.ACCOUNT, field, value));
        store.jdbi().useTransaction(handle -> {
            requireCompany(handle, companyId);
            List<Long> accounts = primaryAccounts(handle, companyId);
            if (accounts.isEmpty()) {
                change.forEach((field, value) -> {
                    if (!CompanyFields.holds(field)) {
                        throw new EngineException.BadRequest("company " + companyId + " has no ERP account, and '" + field
                                + "' is a field of an account: create its account first (crm-sync create-account --company "
                                + companyId + ")");
                    }
                    ListedValues.check(handle, null, field, value);
                });
            }
            for (long accountId : accounts) {
                editRecord(handle, EntitySpec.ACCOUNT, accountId, new LinkedHashMap<>(change));
            }
            CompanyFields.write(handle, store.now(), companyId, change);
        });
    }

    /** Sets a company inactive (its accounts become dormant in the ERP) or active again. */
    public void setCompanyActive(long companyId, boolean active) {
        editCompany(companyId, "dormant", Boolean.toString(!active));
    }

    /**
     * Sets a company's account manager (a CRM user). Its accounts' representative follows the
     * manager's linked representative, as the integration's representative-follows-manager says.
     */
    public void setAccountManager(long companyId, String login) {
        store.jdbi().useTransaction(handle -> {
            requireCompany(handle, companyId);
            CompanyRows companies = handle.attach(CompanyRows.class);
            LinkRows accounts = handle.attach(LinkRows.class);
            companies.setAccountManager(companyId, login);
            for (long accountId : primaryAccounts(handle, companyId)) {
                String integration = integrationOf(handle, accountId);
                String representative = login == null ? null : companies.representativeOf(login, integration);
                String current = accounts.representativeOf(accountId);
                if (settings.integration(integration).representativeFollowsManager().replaces(current, representative)) {
                    Map<String, String> change = new LinkedHashMap<>();
                    change.put("representativeKey", representative);
                    editRecord(handle, EntitySpec.ACCOUNT, accountId, change);
                }
            }
        });
    }

    /**
     * Deletes a company with its own contacts and addresses; refused while it is linked to an account (set
     * it inactive instead). Contacts and addresses of an ERP account it was unlinked from stay with the account.
     */
    public void deleteCompany(long companyId) {
        store.jdbi().useTransaction(handle -> {
            requireCompany(handle, companyId);
            if (!handle.attach(LinkRows.class).accountsOf(companyId).isEmpty()) {
                throw new EngineException.BadRequest("company " + companyId
                        + " is linked to an ERP account: it cannot be deleted or merged, only set inactive");
            }
            // Contacts and addresses of an ERP account (one unlinked from this company) stay with their account.
            CompanyRows companies = handle.attach(CompanyRows.class);
            for (long contact : companies.ownContacts(companyId)) {
                RecordRows.delete(handle, EntitySpec.CONTACT, contact);
            }
            companies.deleteOwnAddresses(companyId);
            companies.releaseChildren(companyId);
            companies.delete(companyId);
        });
    }

    /** Adds a contact to a company (and to its primary account, when it has one). Answers its id. */
    public long addContact(long companyId, Map<String, String> values) {
        return addChild(EntitySpec.CONTACT, companyId, values);
    }

    /** Adds a delivery address to a company (and to its primary account, when it has one). Answers its id. */
    public long addAddress(long companyId, Map<String, String> values) {
        return addChild(EntitySpec.DELIVERY_ADDRESS, companyId, values);
    }

    public void editContact(long contactId, String field, String value) {
        editChild(EntitySpec.CONTACT, contactId, single(field, value));
    }

    /** Changes fields of a contact, all or none. */
    public void editContact(long contactId, Map<String, String> change) {
        editChild(EntitySpec.CONTACT, contactId, change);
    }

    public void editAddress(long addressId, String field, String value) {
        editChild(EntitySpec.DELIVERY_ADDRESS, addressId, single(field, value));
    }

    /** Changes fields of a delivery address, all or none. */
    public void editAddress(long addressId, Map<String, String> change) {
        editChild(EntitySpec.DELIVERY_ADDRESS, addressId, change);
    }

    private static Map<String, String> single(String field, String value) {
        Map<String, String> change = new LinkedHashMap<>();
        change.put(field, value);
        return change;
    }

    public void deleteContact(long contactId) {
        deleteChild(EntitySpec.CONTACT, contactId);
    }

    public void deleteAddress(long addressId) {
        deleteChild(EntitySpec.DELIVERY_ADDRESS, addressId);
    }

    /** "Never sync": the company and its records stay out of the flow until the flag is cleared. */
    public void setNeverSync(long companyId, boolean never) {
        requireFlagged(companyId, store.jdbi().withExtension(CompanyRows.class, rows -> rows.setNeverSync(companyId, never)));
    }

    /** "Not this time": the company and its records are skipped by the next run only. */
    public void setNotThisTime(long companyId, boolean skip) {
        requireFlagged(companyId, store.jdbi().withExtension(CompanyRows.class, rows -> rows.setSkipNextRun(companyId, skip)));
    }

    /**
     * The explicit "create account" action: makes the company an account of the integration, with the
     * defaults of {@link AccountCreation} and an accounting code chosen by the integration's {@link CodeMode}
     * ({@code typedCode} is used in free mode; null leaves {@code [PENDING]}). The company's contacts
     * and addresses go with it. Answers the new account's CRM id.
     */
    public long createAccount(String user, long companyId, String integration, String typedCode) {
        IntegrationSettings options = settings.integration(integration);
        if (options.transferMode() == TransferMode.NEVER) {
            throw new EngineException.BadRequest("integration '" + integration
                    + "' never transfers CRM companies to the ERP (transfer-mode = never)");
        }
        // the explicit "create account in the ERP" action, like the Sage connector's, waits for the ERP to be back
        erpLinks.requireConnected(integration);
        String code = AccountCodes.initial(options.codeMode(), options.codeSuffix(), companyId, typedCode);
        return store.jdbi().inTransaction(handle -> {
            Permissions.check(handle, user, Action.CREATE_ACCOUNT);
            ListedValues.requireFreeCode(handle, integration, code, 0);
            return new AccountCreation(store, handle, options).create(companyId, code);
        });
    }

    /** Types the accounting code of an account waiting with {@code [PENDING]} (free mode). */
    public void setAccountCode(long accountId, String code) {
        FieldRules.check(EntitySpec.ACCOUNT, "accountCode", code);
        store.jdbi().useTransaction(handle -> editRecord(handle, EntitySpec.ACCOUNT, accountId, Map.of("accountCode", code)));
    }

    private long addChild(EntitySpec spec, long companyId, Map<String, String> given) {
        Map<String, String> values = new LinkedHashMap<>();
        spec.fields().forEach(field -> values.put(field.name(), null));
        if (spec == EntitySpec.DELIVERY_ADDRESS) {
            values.put("main", "false");
        }
        given.forEach((field, value) -> {
            FieldRules.check(spec, field, value);
            values.put(field, value);
        });
        if (spec == EntitySpec.CONTACT && values.get("lastName") == null) {
            throw new EngineException.BadRequest("lastName is required");
        }
        long id = store.ids().next();
        store.jdbi().useTransaction(handle -> {
            requireCompany(handle, companyId);
            Long accountId = primaryAccounts(handle, companyId).stream().findFirst().orElse(null);
            String listsOf = accountId == null ? null : integrationOf(handle, accountId);
            values.forEach((field, value) -> ListedValues.check(handle, listsOf, field, value));
            ChildInsert.insert(handle, spec, id, companyId, accountId, values);
            if (accountId != null) {
                String integration = integrationOf(handle, accountId);
                Outbox.capture(handle, store.now(), integration, spec.name(), id, "INSERT", null, Map.of(), values);
            }
        });
        return id;
    }

    private void editChild(EntitySpec spec, long id, Map<String, String> change) {
        change.forEach((field, value) -> {
            FieldRules.check(spec, field, value);
            if ("lastName".equals(field) && value == null) {
                throw new EngineException.BadRequest("lastName is required");
            }
        });
        store.jdbi().useTransaction(handle -> editRecord(handle, spec, id, new LinkedHashMap<>(change)));
    }

    private void deleteChild(EntitySpec spec, long id) {
        store.jdbi().useTransaction(handle -> {
            Long accountId = accountOf(handle, spec, id);
            if (accountId != null) {
                String integration = integrationOf(handle, accountId);
                Optional<Identity> identity = handle.attach(IdentityMap.class).byCrmId(integration, spec.name(), id);
                if (identity.isPresent() || Outbox.openEntry(handle, spec.name(), id).isPresent()) {
                    Outbox.capture(handle, store.now(), integration, spec.name(), id, "DELETE",
                            identity.map(Identity::erpKey).orElse(null), Map.of(), Map.of());
                }
            }
            RecordRows.delete(handle, spec, id);
        });
    }

    /** Writes fields of a record and captures the change when the record belongs to an account. */
    private void editRecord(Handle handle, EntitySpec spec, long id, Map<String, String> change) {
        Map<String, String> before = RecordRows.load(handle, spec, List.of(id)).get(id);
        if (before == null) {
            throw new EngineException.BadRequest("no " + spec.name().toLowerCase() + " with id " + id);
        }
        Long accountId = spec == EntitySpec.ACCOUNT ? Long.valueOf(id) : accountOf(handle, spec, id);
        String integration = accountId == null ? null : integrationOf(handle, accountId);
        change.forEach((field, value) -> ListedValues.check(handle, integration, field, value));
        if (change.containsKey("accountCode")) {
            ListedValues.requireFreeCode(handle, integration, change.get("accountCode"), id);
        }
        RecordRows.update(handle, spec, id, change);
        if (accountId == null) {
            return;
        }
        Optional<Identity> identity = handle.attach(IdentityMap.class).byCrmId(integration, spec.name(), id);
        String operation = identity.isPresent() ? "UPDATE" : "INSERT";
        if (identity.isEmpty() && Outbox.openEntry(handle, spec.name(), id).isEmpty()) {
            return; // not known to the ERP and not on its way: nothing to send
        }
        Outbox.capture(handle, store.now(), integration, spec.name(), id, operation,
                identity.map(Identity::erpKey).orElse(null), before, change);
    }

    private static void requireFlagged(long companyId, int updated) {
        if (updated == 0) {
            throw new EngineException.BadRequest("no company with id " + companyId);
        }
    }

    public static void requireCompany(Handle handle, long companyId) {
        if (!handle.attach(CompanyRows.class).exists(companyId)) {
            throw new EngineException.BadRequest("no company with id " + companyId);
        }
    }

    static List<Long> primaryAccounts(Handle handle, long companyId) {
        return handle.attach(LinkRows.class).primaryAccountsOf(companyId);
    }

    static String integrationOf(Handle handle, long accountId) {
        return handle.attach(LinkRows.class).integrationOf(accountId)
                .orElseThrow(() -> new EngineException.BadRequest("no account with id " + accountId));
    }

    private static Long accountOf(Handle handle, EntitySpec spec, long id) {
        return RecordRows.accountOf(handle, spec, id);
    }
}
