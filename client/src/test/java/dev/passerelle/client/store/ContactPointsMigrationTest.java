package dev.passerelle.client.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.common.db.DatabaseSettings;
import dev.passerelle.common.testing.MutableClock;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * Versions 4 and 4.1 of the CRM store move phones and e-mails from their own tables into columns of
 * their account or contact: a store written by an earlier version keeps every number and address,
 * each under its owner and type, and the old tables are gone.
 */
class ContactPointsMigrationTest {

    @Test
    void phonesAndEmailsOfAStoreAtVersion3MoveIntoTheirOwnersColumns() {
        String url = OlderStores.at("3");
        Jdbi v3 = Jdbi.create(url);
        v3.useHandle(handle -> {
            handle.execute("INSERT INTO company (id, name, company_type, active, created_at, updated_at)"
                    + " VALUES (1, N'Dupont', N'CUSTOMER', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            for (long id : new long[] {2, 3, 6}) {
                handle.execute("INSERT INTO account (id, integration, company_id, is_primary, account_type, account_code,"
                        + " name, dormant) VALUES (?, N'main', 1, 1, N'CUSTOMER', ?, N'Dupont', 0)", id, "C" + id);
            }
            for (long id : new long[] {4, 5}) {
                handle.execute("INSERT INTO contact (id, account_id, company_id, last_name, is_primary)"
                        + " VALUES (?, 2, 1, N'Martin', 0)", id);
            }
            phone(handle, "ACCOUNT", 2, "MAIN", "+33 1 00 00 00 02");
            phone(handle, "ACCOUNT", 2, "FAX", "+33 1 00 00 00 12");
            email(handle, "ACCOUNT", 2, "INVOICING", "factures@dupont.example");
            email(handle, "ACCOUNT", 3, "MAIN", "contact@dupont.example"); // an account with e-mails only
            phone(handle, "CONTACT", 4, "MOBILE", "+33 6 00 00 00 04");
            email(handle, "CONTACT", 4, "MAIN", "martin@dupont.example");
            email(handle, "CONTACT", 4, "OTHER", "m@perso.example");
            phone(handle, "CONTACT", 5, "OTHER", "+33 9 00 00 00 05"); // a contact with phones only
            phone(handle, "CONTACT", 6, "MAIN", "+33 9 orphan"); // no contact 6 (account 6 has nothing): left behind
        });

        try (CrmStore store = CrmStore.open(DatabaseSettings.of(url), MutableClock.systemNow())) {
            Map<String, Object> account = row(store, "SELECT * FROM account WHERE id = 2");
            assertThat(account).containsEntry("phone_main", "+33 1 00 00 00 02").containsEntry("phone_fax", "+33 1 00 00 00 12")
                    .containsEntry("phone_mobile", null).containsEntry("phone_other", null)
                    .containsEntry("email_main", null).containsEntry("email_invoicing", "factures@dupont.example")
                    .containsEntry("email_other", null);
            Map<String, Object> contact = row(store, "SELECT * FROM contact WHERE id = 4");
            assertThat(contact).containsEntry("phone_main", null).containsEntry("phone_mobile", "+33 6 00 00 00 04")
                    .containsEntry("phone_other", null).containsEntry("email_main", "martin@dupont.example")
                    .containsEntry("email_other", "m@perso.example").containsEntry("email_invoicing", null);
            assertThat(row(store, "SELECT * FROM account WHERE id = 3")).containsEntry("email_main", "contact@dupont.example")
                    .containsEntry("phone_main", null).containsEntry("phone_fax", null).containsEntry("email_invoicing", null);
            assertThat(row(store, "SELECT * FROM contact WHERE id = 5")).containsEntry("phone_other", "+33 9 00 00 00 05")
                    .containsEntry("phone_main", null).containsEntry("email_main", null).containsEntry("email_other", null);
            assertThat(row(store, "SELECT * FROM account WHERE id = 6")).as("the orphan's owner id on another entity")
                    .containsEntry("phone_main", null).containsEntry("email_main", null);
            long oldTables = store.jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE LOWER(TABLE_NAME) IN ('phone', 'email')").mapTo(Long.class).one());
            assertThat(oldTables).isZero();
        }
    }

    private static void phone(Handle handle, String owner, long id, String type, String number) {
        handle.execute("INSERT INTO phone (owner_entity, owner_id, phone_type, number) VALUES (?, ?, ?, ?)", owner, id, type, number);
    }

    private static void email(Handle handle, String owner, long id, String type, String address) {
        handle.execute("INSERT INTO email (owner_entity, owner_id, email_type, address) VALUES (?, ?, ?, ?)", owner, id, type, address);
    }

    private static Map<String, Object> row(CrmStore store, String sql) {
        return store.jdbi().withHandle(handle -> handle.createQuery(sql).mapToMap().one());
    }
}
