package dev.passerelle.client.mapping;

import dev.passerelle.contract.v1.Civility;
import dev.passerelle.contract.v1.Contact;
import java.util.LinkedHashMap;
import java.util.Map;

/** Converts the contract's {@link Contact} to and from the text form of its fields. Stateless. */
public final class ContactCodec {

    private ContactCodec() {
    }

    public static Map<String, String> read(Contact contact) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("civility", contact.getCivility() == null ? null : contact.getCivility().value());
        values.put("firstName", contact.getFirstName());
        values.put("lastName", contact.getLastName());
        values.put("function", contact.getFunction());
        values.put("service", contact.getService());
        Values.readPhones(contact.getPhone(), values);
        Values.readEmails(contact.getEmail(), values);
        return values;
    }

    public static Contact write(Map<String, String> values, String key, Long version, String accountKey) {
        Contact contact = new Contact();
        contact.setKey(key);
        contact.setVersion(version);
        contact.setAccountKey(accountKey);
        contact.setCivility(values.get("civility") == null ? null : Civility.fromValue(values.get("civility")));
        contact.setFirstName(values.get("firstName"));
        contact.setLastName(values.get("lastName"));
        contact.setFunction(values.get("function"));
        contact.setService(values.get("service"));
        Values.writePhones(values, contact.getPhone());
        Values.writeEmails(values, contact.getEmail());
        return contact;
    }
}
