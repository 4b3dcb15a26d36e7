package dev.passerelle.server.apply;

import dev.passerelle.contract.v1.Address;
import dev.passerelle.contract.v1.Email;
import dev.passerelle.contract.v1.EmailType;
import dev.passerelle.contract.v1.Phone;
import dev.passerelle.contract.v1.PhoneType;
import dev.passerelle.server.store.Contacts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

/** The statements of this package (classpath .sql files next to it) and the values of shared column groups. */
final class Sql {

    private static final ClasspathSqlLocator LOCATOR = ClasspathSqlLocator.removingComments();
    /** The located texts: the locator reads and parses its resource again on every call. */
    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

    private Sql() {
    }

    static String named(String name) {
        return TEXTS.computeIfAbsent(name, missing -> LOCATOR.locate(Sql.class, missing));
    }

    /** The address columns' parameters ({@code street}, {@code postalCode}...) and their values; all null for none. */
    static Map<String, String> address(Address address) {
        Address value = address == null ? new Address() : address;
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("street", value.getStreet());
        columns.put("complement", value.getComplement());
        columns.put("postalCode", value.getPostalCode());
        columns.put("city", value.getCity());
        columns.put("region", value.getRegion());
        columns.put("country", value.getCountry());
        return columns;
    }

    /** One parameter per phone and e-mail column ({@code phone_main}...), the record's value of that type or null. */
    static Map<String, String> phonesAndEmails(List<Phone> phones, List<Email> emails) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (PhoneType type : PhoneType.values()) {
            String number = phones.stream().filter(phone -> phone.getType() == type).map(Phone::getNumber).findFirst().orElse(null);
            columns.put(Contacts.phoneColumn(type), number);
        }
        for (EmailType type : EmailType.values()) {
            String address = emails.stream().filter(email -> email.getType() == type).map(Email::getAddress).findFirst().orElse(null);
            columns.put(Contacts.emailColumn(type), address);
        }
        return columns;
    }

    /** Phones and e-mails: at most one per type, e-mails well formed. */
    static void checkPhonesAndEmails(FieldErrors errors, List<Phone> phones, List<Email> emails) {
        if (phones.stream().map(Phone::getType).distinct().count() < phones.size()) {
            errors.add("phone", dev.passerelle.contract.v1.FieldErrorCode.INVALID_FORMAT, "at most one phone number per type", null);
        }
        if (emails.stream().map(Email::getType).distinct().count() < emails.size()) {
            errors.add("email", dev.passerelle.contract.v1.FieldErrorCode.INVALID_FORMAT, "at most one e-mail address per type", null);
        }
        emails.forEach(email -> errors.email("email", email.getAddress()));
    }
}
