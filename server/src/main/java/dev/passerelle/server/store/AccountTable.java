package dev.passerelle.server.store;

import dev.passerelle.contract.v1.Account;
import dev.passerelle.contract.v1.AccountType;
import dev.passerelle.contract.v1.Address;
import dev.passerelle.contract.v1.Change;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.FreeFieldValue;
import dev.passerelle.contract.v1.RiskAction;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** Accounts ("tiers"), with their phones, e-mails, risk action and free-field values. */
final class AccountTable implements TrackedTable<Account> {

    @Override
    public EntityType entity() {
        return EntityType.ACCOUNT;
    }

    @Override
    public String from() {
        // No join: H2 would then sort the whole table for every page instead of walking the key.
        return "account t";
    }

    @Override
    public String columns() {
        return "t.id, t.row_version, t.account_type, t.code, t.name, t.short_name, t.contact_person, t.website, t.dormant,"
                + " t.naf_code, t.siret, t.vat_number, t.currency, t.accounting_category, t.price_category, t.language_code,"
                + " t.street, t.complement, t.postal_code, t.city, t.region, t.country, t.phone_main, t.phone_fax,"
                + " t.phone_mobile, t.phone_other, t.email_main, t.email_invoicing, t.email_other, t.representative_id,"
                + " t.credit_limit, t.collective_account, t.paying_account_id, t.payment_terms, t.risk_code";
    }

    @Override
    public Account map(ResultSet rows) throws SQLException {
        Account account = new Account();
        account.setKey(Keys.of(rows.getLong("id")));
        account.setVersion(rows.getLong("row_version"));
        account.setType(AccountType.valueOf(rows.getString("account_type")));
        account.setAccountCode(rows.getString("code"));
        account.setName(rows.getString("name"));
        account.setShortName(rows.getString("short_name"));
        account.setContactPerson(rows.getString("contact_person"));
        account.setWebsite(rows.getString("website"));
        account.setDormant(rows.getBoolean("dormant"));
        account.setNafCode(rows.getString("naf_code"));
        account.setSiret(rows.getString("siret"));
        account.setVatNumber(rows.getString("vat_number"));
        account.setCurrency(Columns.trimmed(rows, "currency"));
        account.setAccountingCategory(rows.getString("accounting_category"));
        account.setPriceCategory(rows.getString("price_category"));
        account.setLanguage(rows.getString("language_code"));
        account.setBillingAddress(address(rows));
        Contacts.readPhones(rows, account.getPhone());
        Contacts.readEmails(rows, account.getEmail());
        account.setRepresentativeKey(Keys.ofNullable(Columns.longOrNull(rows, "representative_id")));
        account.setCreditLimit(Columns.amount(rows, "credit_limit"));
        account.setCollectiveAccount(rows.getString("collective_account"));
        account.setPayingAccountKey(Keys.ofNullable(Columns.longOrNull(rows, "paying_account_id")));
        account.setPaymentTerms(rows.getString("payment_terms"));
        account.setRiskCode(rows.getString("risk_code"));
        return account;
    }

    static Address address(ResultSet rows) throws SQLException {
        Address address = new Address();
        address.setStreet(rows.getString("street"));
        address.setComplement(rows.getString("complement"));
        address.setPostalCode(rows.getString("postal_code"));
        address.setCity(rows.getString("city"));
        address.setRegion(rows.getString("region"));
        address.setCountry(Columns.trimmed(rows, "country"));
        return address;
    }

    // A bound IN list is re-checked value by value for every row found (H2), and SQL Server takes at
    // most 2,100 parameters: scattered ids are read in padded slices of one fixed length (one plan).
    private static final int IN_LIST_SLICE = 100;
    // Snapshot pages are runs of consecutive ids: one range scan of the primary key reads them.
    private static final int RANGE_SPREAD = 2;

    @Override
    public void complete(Handle handle, List<Row<Account>> rows) {
        Map<Long, Account> byId = new HashMap<>();
        rows.forEach(row -> byId.put(row.id(), row.record()));
        Map<String, RiskAction> riskActions = new HashMap<>();
        handle.createQuery("SELECT code, risk_action FROM setting_value WHERE list_name = 'RISK_CODE'")
                .map((result, context) -> riskActions.put(result.getString("code"), RiskAction.valueOf(result.getString("risk_action"))))
                .list();
        byId.values().forEach(account -> account.setRiskAction(riskActions.get(account.getRiskCode())));
        Map<Long, String> fieldNames = new HashMap<>();
        handle.createQuery("SELECT id, name FROM free_field_definition")
                .map((result, context) -> fieldNames.put(result.getLong("id"), result.getString("name")))
                .list();
        List<Long> ids = byId.keySet().stream().sorted().toList();
        long first = ids.get(0);
        long last = ids.get(ids.size() - 1);
        if (last - first < (long) RANGE_SPREAD * ids.size()) {
            readFreeValues(handle.createQuery(FREE_VALUES + "account_id BETWEEN :first AND :last")
                    .bind("first", first).bind("last", last), byId, fieldNames);
        } else {
            for (int start = 0; start < ids.size(); start += IN_LIST_SLICE) {
                List<Long> slice = new ArrayList<>(ids.subList(start, Math.min(ids.size(), start + IN_LIST_SLICE)));
                while (slice.size() < IN_LIST_SLICE) {
                    slice.add(slice.get(slice.size() - 1));
                }
                readFreeValues(handle.createQuery(FREE_VALUES + "account_id IN (<ids>)").bindList("ids", slice), byId, fieldNames);
            }
        }
        byId.values().forEach(account -> account.getFreeField().sort(BY_NAME));
    }

    // One table, no join: joined to the definitions, H2 may plan a walk of a definition's values
    // (every account's) instead of the primary key range of the page's accounts. The definitions are
    // few: their names are read once per page.
    private static final String FREE_VALUES = "SELECT account_id, field_id, field_value FROM account_free_value WHERE ";
    private static final Comparator<FreeFieldValue> BY_NAME = Comparator.comparing(FreeFieldValue::getName);

    /** Adds the values found to the accounts of the page; rows of other accounts (inside a range) are skipped. */
    private static void readFreeValues(Query query, Map<Long, Account> byId, Map<Long, String> fieldNames) {
        query.map((result, context) -> {
            Account account = byId.get(result.getLong("account_id"));
            if (account != null) {
                FreeFieldValue value = new FreeFieldValue();
                value.setName(fieldNames.get(result.getLong("field_id")));
                value.setValue(result.getString("field_value"));
                account.getFreeField().add(value);
            }
            return account;
        }).forEach(account -> { });
    }

    @Override
    public void attach(Change change, Account record) {
        change.setAccount(record);
    }
}
