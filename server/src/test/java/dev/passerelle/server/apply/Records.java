package dev.passerelle.server.apply;

import dev.passerelle.contract.v1.Account;
import dev.passerelle.contract.v1.AccountType;
import dev.passerelle.contract.v1.Address;
import dev.passerelle.contract.v1.ApplyChanges;
import dev.passerelle.contract.v1.ApplyRecord;
import dev.passerelle.contract.v1.ChangeOperation;
import dev.passerelle.contract.v1.Contact;
import dev.passerelle.contract.v1.DeliveryAddress;
import dev.passerelle.contract.v1.EntityType;
import java.util.UUID;

/** Builders of ApplyChanges records for the tests. */
final class Records {

    private Records() {
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static String uniqueCode() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    static Account account(String code) {
        Account account = new Account();
        account.setType(AccountType.CUSTOMER);
        account.setAccountCode(code);
        account.setName("Fromagerie Test " + code);
        Address billing = new Address();
        billing.setStreet("3 rue des Tests");
        billing.setPostalCode("69001");
        billing.setCity("Lyon");
        billing.setCountry("FR");
        account.setBillingAddress(billing);
        return account;
    }

    static Contact contact(String accountKey) {
        Contact contact = new Contact();
        contact.setAccountKey(accountKey);
        contact.setLastName("Durand");
        contact.setFirstName("Alice");
        return contact;
    }

    static DeliveryAddress address(String accountKey, String label) {
        DeliveryAddress address = new DeliveryAddress();
        address.setAccountKey(accountKey);
        address.setLabel(label);
        Address postal = new Address();
        postal.setStreet("12 quai du Port");
        postal.setCity("Marseille");
        postal.setCountry("FR");
        address.setAddress(postal);
        return address;
    }

    static ApplyRecord insert(Object payload) {
        return record(ChangeOperation.INSERT, null, null, payload);
    }

    static ApplyRecord update(String key, Long baseVersion, Object payload) {
        return record(ChangeOperation.UPDATE, key, baseVersion, payload);
    }

    static ApplyRecord delete(EntityType entity, String key, Long baseVersion) {
        ApplyRecord record = record(ChangeOperation.DELETE, key, baseVersion, null);
        record.setEntity(entity);
        return record;
    }

    static ApplyRecord record(ChangeOperation operation, String key, Long baseVersion, Object payload) {
        ApplyRecord record = new ApplyRecord();
        record.setClientRef("ref-" + unique());
        record.setOperation(operation);
        record.setKey(key);
        record.setBaseVersion(baseVersion);
        if (payload instanceof Account account) {
            record.setEntity(EntityType.ACCOUNT);
            record.setAccount(account);
        } else if (payload instanceof Contact contact) {
            record.setEntity(EntityType.CONTACT);
            record.setContact(contact);
        } else if (payload instanceof DeliveryAddress address) {
            record.setEntity(EntityType.DELIVERY_ADDRESS);
            record.setDeliveryAddress(address);
        }
        return record;
    }

    static ApplyChanges batch(ApplyRecord... records) {
        ApplyChanges batch = new ApplyChanges();
        batch.setBatchId("batch-" + unique());
        batch.getRecord().addAll(java.util.List.of(records));
        return batch;
    }
}
