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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

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

    // SQL Server takes at most 2,100 parameters per statement: read the values in slices.
    private static final int IN_LIST_SLICE = 1000;

    @Override
    public void complete(Handle handle, List<Row<Account>> rows) {
        Map<Long, Account> byId = new HashMap<>();
        rows.forEach(row -> byId.put(row.id(), row.record()));
        Map<String, RiskAction> riskActions = new HashMap<>();
        handle.createQuery("SELECT code, risk_action FROM setting_value WHERE list_name = 'RISK_CODE'")
                .map((result, context) -> riskActions.put(result.getString("code"), RiskAction.valueOf(result.getString("risk_action"))))
                .list();
        byId.values().forEach(account -> account.setRiskAction(riskActions.get(account.getRiskCode())));
        List<Long> ids = List.copyOf(byId.keySet());
        for (int start = 0; start < ids.size(); start += IN_LIST_SLICE) {
            handle.createQuery("SELECT v.account_id, d.name, v.field_value FROM account_free_value v"
                            + " JOIN free_field_definition d ON d.id = v.field_id WHERE v.account_id IN (<ids>)"
                            + " ORDER BY v.account_id, d.name")
                    .bindList("ids", ids.subList(start, Math.min(ids.size(), start + IN_LIST_SLICE)))
                    .map((result, context) -> {
                        FreeFieldValue value = new FreeFieldValue();
                        value.setName(result.getString("name"));
                        value.setValue(result.getString("field_value"));
                        byId.get(result.getLong("account_id")).getFreeField().add(value);
                        return value;
                    })
                    .list();
        }
    }

    @Override
    public void attach(Change change, Account record) {
        change.setAccount(record);
    }
}
