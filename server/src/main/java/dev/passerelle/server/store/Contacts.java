package dev.passerelle.server.store;

import dev.passerelle.contract.v1.Email;
import dev.passerelle.contract.v1.EmailType;
import dev.passerelle.contract.v1.Phone;
import dev.passerelle.contract.v1.PhoneType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/** Phones and e-mails, stored one column per type ({@code phone_main}, {@code email_invoicing}...). */
public final class Contacts {

    private Contacts() {
    }

    public static String phoneColumn(PhoneType type) {
        return "phone_" + type.name().toLowerCase(Locale.ROOT);
    }

    public static String emailColumn(EmailType type) {
        return "email_" + type.name().toLowerCase(Locale.ROOT);
    }

    static void readPhones(ResultSet rows, List<Phone> phones) throws SQLException {
        for (PhoneType type : PhoneType.values()) {
            String number = rows.getString(phoneColumn(type));
            if (number != null) {
                Phone phone = new Phone();
                phone.setType(type);
                phone.setNumber(number);
                phones.add(phone);
            }
        }
    }

    static void readEmails(ResultSet rows, List<Email> emails) throws SQLException {
        for (EmailType type : EmailType.values()) {
            String address = rows.getString(emailColumn(type));
            if (address != null) {
                Email email = new Email();
                email.setType(type);
                email.setAddress(address);
                emails.add(email);
            }
        }
    }
}
