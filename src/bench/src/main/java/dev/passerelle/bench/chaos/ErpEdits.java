package dev.passerelle.bench.chaos;

import dev.passerelle.common.db.H2Urls;
import java.util.List;
import java.util.Random;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The ERP's changes of scenario delta-erp-to-crm, made by plain SQL on the trial's ERP database before
 * its endpoint starts, as an ERP application would make them: accounts renamed, contacts renamed,
 * contacts' phones changed, contacts deleted, new contacts, addresses moved to another city, new
 * addresses. The database's change-tracking triggers stamp them as they stamp the endpoint's writes.
 * New records carry a marker; a deleted contact's CRM counterpart is read from the trial's store.
 */
final class ErpEdits {

    private ErpEdits() {
    }

    /** Makes about {@code count} changes drawn with {@code random}; answers what the sides must show after. */
    static Expectations make(TrialFolder folder, Random random, int count) {
        Expectations.Builder expected = new Expectations.Builder();
        Identities identities;
        try (Handle crm = Jdbi.create(H2Urls.file(folder.crm())).open()) {
            identities = Identities.read(crm);
        }
        try (Handle erp = Jdbi.create(H2Urls.file(folder.erp())).open()) {
            erp.useTransaction(transaction -> {
                Picks<Long> accounts = new Picks<>(ids(transaction, "account"), random);
                Picks<Long> contacts = new Picks<>(ids(transaction, "contact"), random);
                Picks<Long> addresses = new Picks<>(ids(transaction, "delivery_address"), random);
                int share = Math.max(1, count / 10);
                for (long account : accounts.take(2 * share)) {
                    String name = "Renamed in the ERP " + account;
                    update(transaction, "UPDATE account SET name = :value WHERE id = :id", account, name);
                    expected.edit(Entity.ACCOUNT, Side.ERP, account, "name", name);
                }
                for (long contact : contacts.take(2 * share)) {
                    String last = "ErpLast" + contact;
                    transaction.createUpdate("UPDATE contact SET first_name = :first, last_name = :last WHERE id = :id")
                            .bind("first", "ErpFirst").bind("last", last).bind("id", contact).execute();
                    expected.edit(Entity.CONTACT, Side.ERP, contact, "first_name", "ErpFirst")
                            .edit(Entity.CONTACT, Side.ERP, contact, "last_name", last);
                }
                for (long contact : contacts.take(2 * share)) {
                    String phone = Picks.phone(random);
                    update(transaction, "UPDATE contact SET phone_main = :value WHERE id = :id", contact, phone);
                    expected.edit(Entity.CONTACT, Side.ERP, contact, "phone_main", phone);
                }
                for (long contact : contacts.take(share)) {
                    transaction.createUpdate("DELETE FROM contact WHERE id = :id").bind("id", contact).execute();
                    expected.removal(Entity.CONTACT, Side.ERP, contact,
                            identities.counterpart(Entity.CONTACT, Side.ERP, contact).orElse(null));
                }
                for (int number = 1; number <= share; number++) {
                    String marker = "Chaos ERP contact " + number;
                    transaction.createUpdate("INSERT INTO contact (account_id, first_name, last_name, phone_main)"
                                    + " VALUES (:account, :first, :last, :phone)")
                            .bind("account", accounts.any()).bind("first", "New").bind("last", marker)
                            .bind("phone", Picks.phone(random)).execute();
                    expected.marker(Entity.CONTACT, "last_name", marker);
                }
                for (long address : addresses.take(share)) {
                    String city = "Erpville " + address;
                    update(transaction, "UPDATE delivery_address SET city = :value WHERE id = :id", address, city);
                    expected.edit(Entity.DELIVERY_ADDRESS, Side.ERP, address, "city", city);
                }
                for (int number = 1; number <= share; number++) {
                    String marker = "Chaos ERP address " + number;
                    transaction.createUpdate("INSERT INTO delivery_address (account_id, label, city, country)"
                                    + " VALUES (:account, :label, :city, 'FR')")
                            .bind("account", accounts.any()).bind("label", marker).bind("city", "Lyon").execute();
                    expected.marker(Entity.DELIVERY_ADDRESS, "label", marker);
                }
            });
        }
        return expected.build();
    }

    private static List<Long> ids(Handle handle, String table) {
        return handle.createQuery("SELECT id FROM " + table + " ORDER BY id").mapTo(Long.class).list();
    }

    private static void update(Handle handle, String sql, long id, String value) {
        handle.createUpdate(sql).bind("value", value).bind("id", id).execute();
    }
}
