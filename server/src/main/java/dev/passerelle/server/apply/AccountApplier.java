package dev.passerelle.server.apply;

import dev.passerelle.contract.v1.Account;
import dev.passerelle.contract.v1.ApplyRecord;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.FieldErrorCode;
import dev.passerelle.server.store.ApplyTables;
import dev.passerelle.server.store.Keys;
import dev.passerelle.server.store.Row;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;

/**
 * Accounts: code rules (unique, at most 17 upper-case letters and digits, {@code <AUTOERP>}
 * allocated by the ERP), required name, list values with their defaults, known representative. When
 * the ERP creates an account it also creates its billing address as the main delivery address.
 */
final class AccountApplier implements EntityApplier<Account> {

    static final String AUTO_CODE = "<AUTOERP>";
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]+");
    private static final int CODE_MAX = 17;

    @Override
    public EntityType entity() {
        return EntityType.ACCOUNT;
    }

    @Override
    public Account payload(ApplyRecord record) {
        return record.getAccount();
    }

    @Override
    public String prefix() {
        return "account";
    }

    @Override
    public void validate(Handle handle, CompanyLists lists, Account account, Row<Account> current, FieldErrors errors) {
        if (account.getType() == null) {
            errors.add("type", FieldErrorCode.REQUIRED, "type is required", null);
        }
        checkCode(handle, account, current, errors);
        if (errors.required("name", account.getName())) {
            account.setName(account.getName().strip());
        }
        account.setCurrency(listValue(lists, "CURRENCY", "currency", account.getCurrency(), errors));
        account.setAccountingCategory(listValue(lists, "ACCOUNTING_CATEGORY", "accountingCategory", account.getAccountingCategory(), errors));
        account.setPriceCategory(listValue(lists, "PRICE_CATEGORY", "priceCategory", account.getPriceCategory(), errors));
        account.setLanguage(listValue(lists, "LANGUAGE", "language", account.getLanguage(), errors));
        if (account.getRepresentativeKey() != null && !lists.representativeExists(handle, account.getRepresentativeKey())) {
            errors.add("representativeKey", FieldErrorCode.UNKNOWN_REFERENCE, "no representative has this key", account.getRepresentativeKey());
        }
        if (account.getCreditLimit() != null && account.getCreditLimit().signum() < 0) {
            errors.add("creditLimit", FieldErrorCode.OUT_OF_RANGE, "the credit limit cannot be negative", account.getCreditLimit());
        }
        Sql.checkPhonesAndEmails(errors, account.getPhone(), account.getEmail());
    }

    private static void checkCode(Handle handle, Account account, Row<Account> current, FieldErrors errors) {
        String code = account.getAccountCode();
        if (!errors.required("accountCode", code)) {
            return;
        }
        if (code.equals(AUTO_CODE)) {
            // On an update the placeholder means "keep the code the ERP allocated".
            if (current != null) {
                account.setAccountCode(current.record().getAccountCode());
            }
            return;
        }
        if (code.length() > CODE_MAX) {
            errors.add("accountCode", FieldErrorCode.TOO_LONG, "the account code has at most " + CODE_MAX + " characters", code);
        } else if (!CODE.matcher(code).matches()) {
            errors.add("accountCode", FieldErrorCode.INVALID_FORMAT, "the account code takes upper-case letters and digits only", code);
        } else if (current == null || !code.equals(current.record().getAccountCode())) {
            // An account keeping its own code needs no look: the code is unique in the table (uq_account_code).
            long selfId = current == null ? -1 : current.id();
            boolean taken = handle.attach(ApplyTables.class).otherAccountsWithCode(code, selfId) > 0;
            if (taken) {
                errors.add("accountCode", FieldErrorCode.NOT_UNIQUE, "another account has this code", code);
            }
        }
    }

    static String listValue(CompanyLists lists, String list, String field, String value, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            return lists.defaultOf(list).orElse(null);
        }
        if (!lists.contains(list, value)) {
            errors.add(field, FieldErrorCode.NOT_IN_LIST, field + " must be one of the company's " + list + " values", value);
        }
        return value;
    }

    static boolean exists(Handle handle, String table, String key) {
        OptionalLong id = Keys.parse(key);
        return id.isPresent() && handle.attach(ApplyTables.class).count(table, id.getAsLong()) > 0;
    }

    @Override
    public long insert(Handle handle, Account account) {
        if (AUTO_CODE.equals(account.getAccountCode())) {
            account.setAccountCode(CodeAllocator.next(handle));
        }
        CompanyLists lists = CompanyLists.load(handle);
        PlainUpdate insert = PlainUpdate.of(handle, Sql.named("account-insert"));
        bind(insert, account);
        insert.bind("collectiveAccount", account.getType() == dev.passerelle.contract.v1.AccountType.SUPPLIER ? "401000" : "411000")
                .bind("paymentTerms", lists.defaultOf("PAYMENT_TERMS").orElse(null))
                .bind("riskCode", lists.defaultOf("RISK_CODE").orElse(null));
        long id = insert.executeAndReturnKey("id");
        if (account.getBillingAddress() != null) {
            // The ERP's rule: a new account's billing address is also its main delivery address.
            PlainUpdate.of(handle, Sql.named("address-insert"))
                    .bind("accountId", id).bind("label", "Siège").bind("contactName", account.getContactPerson())
                    .bind("phone", (String) null).bind("main", true)
                    .bindAll(Sql.address(account.getBillingAddress()))
                    .execute();
        }
        return id;
    }

    @Override
    public int update(Handle handle, long id, long baseVersion, Account account) {
        PlainUpdate update = PlainUpdate.of(handle, Sql.named("account-update")).bind("id", id).bind("baseVersion", baseVersion);
        bind(update, account);
        return update.execute();
    }

    private static void bind(PlainUpdate statement, Account account) {
        statement.bind("type", account.getType().name())
                .bind("code", account.getAccountCode())
                .bind("name", account.getName())
                .bind("shortName", account.getShortName())
                .bind("contactPerson", account.getContactPerson())
                .bind("website", account.getWebsite())
                .bind("dormant", account.isDormant())
                .bind("nafCode", account.getNafCode())
                .bind("siret", account.getSiret())
                .bind("vatNumber", account.getVatNumber())
                .bind("currency", account.getCurrency())
                .bind("accountingCategory", account.getAccountingCategory())
                .bind("priceCategory", account.getPriceCategory())
                .bind("language", account.getLanguage())
                .bind("representativeId", account.getRepresentativeKey() == null ? null
                        : Long.valueOf(Keys.parse(account.getRepresentativeKey()).getAsLong()))
                .bind("creditLimit", account.getCreditLimit());
        statement.bindAll(Sql.address(account.getBillingAddress()))
                .bindAll(Sql.phonesAndEmails(account.getPhone(), account.getEmail()));
    }
}
