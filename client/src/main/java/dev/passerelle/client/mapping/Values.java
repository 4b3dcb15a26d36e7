package dev.passerelle.client.mapping;

import dev.passerelle.contract.v1.Email;
import dev.passerelle.contract.v1.EmailType;
import dev.passerelle.contract.v1.Phone;
import dev.passerelle.contract.v1.PhoneType;
import java.util.List;
import java.util.Map;

/** Helpers shared by the codecs: phones, e-mails and blank handling. */
final class Values {

    private Values() {
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static void readPhones(List<Phone> phones, Map<String, String> values) {
        for (PhoneType type : PhoneType.values()) {
            values.put("phone." + type.value(), null);
        }
        for (Phone phone : phones) {
            values.put("phone." + phone.getType().value(), blankToNull(phone.getNumber()));
        }
    }

    static void readEmails(List<Email> emails, Map<String, String> values) {
        for (EmailType type : EmailType.values()) {
            values.put("email." + type.value(), null);
        }
        for (Email email : emails) {
            values.put("email." + email.getType().value(), blankToNull(email.getAddress()));
        }
    }

    static void writePhones(Map<String, String> values, List<Phone> phones) {
        for (PhoneType type : PhoneType.values()) {
            String number = values.get("phone." + type.value());
            if (number != null) {
                Phone phone = new Phone();
                phone.setType(type);
                phone.setNumber(number);
                phones.add(phone);
            }
        }
    }

    static void writeEmails(Map<String, String> values, List<Email> emails) {
        for (EmailType type : EmailType.values()) {
            String address = values.get("email." + type.value());
            if (address != null) {
                Email email = new Email();
                email.setType(type);
                email.setAddress(address);
                emails.add(email);
            }
        }
    }
}
