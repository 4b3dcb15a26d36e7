package dev.passerelle.server.apply;

import dev.passerelle.contract.v1.Address;
import dev.passerelle.contract.v1.Email;
import dev.passerelle.contract.v1.EmailType;
import dev.passerelle.contract.v1.Phone;
import dev.passerelle.contract.v1.PhoneType;
import dev.passerelle.server.store.Contacts;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.core.statement.Update;

/** The statements of this package (classpath .sql files next to it) and typed binding of shared parts. */
final class Sql {

    private static final ClasspathSqlLocator LOCATOR = ClasspathSqlLocator.removingComments();
    /** The located texts: the locator reads and parses its resource again on every call. */
    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

    private Sql() {
    }

    static String named(String name) {
        return TEXTS.computeIfAbsent(name, missing -> LOCATOR.locate(Sql.class, missing));
    }

    static void bindAddress(Update update, Address address) {
        Address value = address == null ? new Address() : address;
        update.bind("street", value.getStreet())
                .bind("complement", value.getComplement())
                .bind("postalCode", value.getPostalCode())
                .bind("city", value.getCity())
                .bind("region", value.getRegion())
                .bind("country", value.getCountry());
    }

    static void bindPhonesAndEmails(Update update, List<Phone> phones, List<Email> emails) {
        for (PhoneType type : PhoneType.values()) {
            String number = phones.stream().filter(phone -> phone.getType() == type).map(Phone::getNumber).findFirst().orElse(null);
            update.bind(Contacts.phoneColumn(type), number);
        }
        for (EmailType type : EmailType.values()) {
            String address = emails.stream().filter(email -> email.getType() == type).map(Email::getAddress).findFirst().orElse(null);
            update.bind(Contacts.emailColumn(type), address);
        }
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
