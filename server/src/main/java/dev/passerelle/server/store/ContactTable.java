package dev.passerelle.server.store;

import dev.passerelle.contract.v1.Change;
import dev.passerelle.contract.v1.Civility;
import dev.passerelle.contract.v1.Contact;
import dev.passerelle.contract.v1.EntityType;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Contacts of accounts. */
final class ContactTable implements TrackedTable<Contact> {

    @Override
    public EntityType entity() {
        return EntityType.CONTACT;
    }

    @Override
    public String from() {
        return "contact t";
    }

    @Override
    public String columns() {
        return "t.id, t.row_version, t.account_id, t.civility, t.first_name, t.last_name, t.job_function, t.service,"
                + " t.phone_main, t.phone_fax, t.phone_mobile, t.phone_other, t.email_main, t.email_invoicing, t.email_other";
    }

    @Override
    public Contact map(ResultSet rows) throws SQLException {
        Contact contact = new Contact();
        contact.setKey(Keys.of(rows.getLong("id")));
        contact.setVersion(rows.getLong("row_version"));
        contact.setAccountKey(Keys.of(rows.getLong("account_id")));
        String civility = rows.getString("civility");
        contact.setCivility(civility == null ? null : Civility.valueOf(civility));
        contact.setFirstName(rows.getString("first_name"));
        contact.setLastName(rows.getString("last_name"));
        contact.setFunction(rows.getString("job_function"));
        contact.setService(rows.getString("service"));
        Contacts.readPhones(rows, contact.getPhone());
        Contacts.readEmails(rows, contact.getEmail());
        return contact;
    }

    @Override
    public void attach(Change change, Contact record) {
        change.setContact(record);
    }
}
