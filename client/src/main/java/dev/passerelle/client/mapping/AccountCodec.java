package dev.passerelle.client.mapping;

import dev.passerelle.contract.v1.Account;
import dev.passerelle.contract.v1.AccountType;
import dev.passerelle.contract.v1.Address;
import dev.passerelle.contract.v1.RiskAction;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Converts the contract's {@link Account} to and from the text form of its fields. Stateless. */
public final class AccountCodec {

    private AccountCodec() {
    }

    /** Every field of the account, absent ones as null (an account travels whole). */
    public static Map<String, String> read(Account account) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("type", account.getType() == null ? null : account.getType().value());
        values.put("accountCode", account.getAccountCode());
        values.put("name", account.getName());
        values.put("shortName", account.getShortName());
        values.put("contactPerson", account.getContactPerson());
        values.put("website", account.getWebsite());
        values.put("dormant", Boolean.toString(account.isDormant()));
        values.put("nafCode", account.getNafCode());
        values.put("siret", account.getSiret());
        values.put("vatNumber", account.getVatNumber());
        values.put("currency", account.getCurrency());
        values.put("accountingCategory", account.getAccountingCategory());
        values.put("priceCategory", account.getPriceCategory());
        values.put("language", account.getLanguage());
        AddressCodec.readPostal(account.getBillingAddress(), "billing.", values);
        values.put("representativeKey", account.getRepresentativeKey());
        values.put("creditLimit", FieldKind.decimal(account.getCreditLimit()));
        values.put("collectiveAccount", account.getCollectiveAccount());
        values.put("payingAccountKey", account.getPayingAccountKey());
        values.put("paymentTerms", account.getPaymentTerms());
        values.put("riskCode", account.getRiskCode());
        values.put("riskAction", account.getRiskAction() == null ? null : account.getRiskAction().value());
        Values.readPhones(account.getPhone(), values);
        Values.readEmails(account.getEmail(), values);
        return values;
    }

    /** The account as the CRM sends it: ERP to CRM only fields are left out. */
    public static Account write(Map<String, String> values, String key, Long version) {
        Account account = new Account();
        account.setKey(key);
        account.setVersion(version);
        account.setType(values.get("type") == null ? AccountType.CUSTOMER : AccountType.fromValue(values.get("type")));
        account.setAccountCode(values.get("accountCode"));
        account.setName(values.get("name"));
        account.setShortName(values.get("shortName"));
        account.setContactPerson(values.get("contactPerson"));
        account.setWebsite(values.get("website"));
        account.setDormant(Boolean.parseBoolean(values.get("dormant")));
        account.setNafCode(values.get("nafCode"));
        account.setSiret(values.get("siret"));
        account.setVatNumber(values.get("vatNumber"));
        account.setCurrency(values.get("currency"));
        account.setAccountingCategory(values.get("accountingCategory"));
        account.setPriceCategory(values.get("priceCategory"));
        account.setLanguage(values.get("language"));
        Address billing = AddressCodec.writePostal(values, "billing.");
        account.setBillingAddress(billing);
        account.setRepresentativeKey(values.get("representativeKey"));
        String credit = values.get("creditLimit");
        account.setCreditLimit(credit == null ? null : new BigDecimal(credit));
        Values.writePhones(values, account.getPhone());
        Values.writeEmails(values, account.getEmail());
        return account;
    }

    static RiskAction riskAction(String value) {
        return value == null ? null : RiskAction.fromValue(value);
    }
}
