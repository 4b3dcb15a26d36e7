package dev.passerelle.server.apply;

import dev.passerelle.contract.v1.ApplyRecord;
import dev.passerelle.contract.v1.Contact;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.FieldErrorCode;
import dev.passerelle.server.store.Keys;
import dev.passerelle.server.store.Row;
import org.jdbi.v3.core.Handle;

/** Contacts: a known account (never changed by an update), a last name, a service from the company's list. */
final class ContactApplier implements EntityApplier<Contact> {

    @Override
    public EntityType entity() {
        return EntityType.CONTACT;
    }

    @Override
    public Contact payload(ApplyRecord record) {
        return record.getContact();
    }

    @Override
    public String prefix() {
        return "contact";
    }

    @Override
    public void validate(Handle handle, CompanyLists lists, Contact contact, Row<Contact> current, FieldErrors errors) {
        AddressApplier.checkAccount(handle, contact.getAccountKey(), current == null ? null : current.record().getAccountKey(), errors);
        errors.required("lastName", contact.getLastName());
        if (contact.getService() != null && !lists.contains("CONTACT_SERVICE", contact.getService())) {
            errors.add("service", FieldErrorCode.NOT_IN_LIST, "service must be one of the company's CONTACT_SERVICE values",
                    contact.getService());
        }
        Sql.checkPhonesAndEmails(errors, contact.getPhone(), contact.getEmail());
    }

    @Override
    public long insert(Handle handle, Contact contact) {
        PlainUpdate insert = PlainUpdate.of(handle, Sql.named("contact-insert"))
                .bind("accountId", Keys.parse(contact.getAccountKey()).getAsLong());
        bind(insert, contact);
        return insert.executeAndReturnKey("id");
    }

    @Override
    public int update(Handle handle, long id, long baseVersion, Contact contact) {
        PlainUpdate update = PlainUpdate.of(handle, Sql.named("contact-update")).bind("id", id).bind("baseVersion", baseVersion);
        bind(update, contact);
        return update.execute();
    }

    private static void bind(PlainUpdate statement, Contact contact) {
        statement.bind("civility", contact.getCivility() == null ? null : contact.getCivility().name())
                .bind("firstName", contact.getFirstName())
                .bind("lastName", contact.getLastName().strip())
                .bind("function", contact.getFunction())
                .bind("service", contact.getService())
                .bindAll(Sql.phonesAndEmails(contact.getPhone(), contact.getEmail()));
    }
}
