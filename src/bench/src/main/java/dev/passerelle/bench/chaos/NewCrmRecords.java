package dev.passerelle.bench.chaos;

import java.util.Map;

/**
 * The new records of scenarios send-new-records and endpoint-during-apply: contacts and delivery
 * addresses typed in the CRM through the engine's Java API, two contacts for each address, each
 * carrying a marker (the contact's last name, the address's label) that must end up exactly once on
 * each side.
 */
final class NewCrmRecords {

    private NewCrmRecords() {
    }

    static void make(CrmDesk desk, int count, Expectations.Builder expected) {
        int addresses = Math.max(1, count / 3);
        for (int number = 1; number <= count - addresses; number++) {
            String marker = "Chaos CRM contact " + number;
            desk.edits().addContact(desk.companies().any().id(),
                    Map.of("lastName", marker, "firstName", "New", "phone.MAIN", "+33 1 00 00 " + String.format("%02d %02d",
                            number / 100 % 100, number % 100)));
            expected.marker(Entity.CONTACT, "last_name", marker);
        }
        for (int number = 1; number <= addresses; number++) {
            String marker = "Chaos CRM address " + number;
            desk.edits().addAddress(desk.companies().any().id(),
                    Map.of("label", marker, "address.city", "Nantes", "address.country", "FR"));
            expected.marker(Entity.DELIVERY_ADDRESS, "label", marker);
        }
    }
}
