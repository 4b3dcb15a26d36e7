package dev.passerelle.launcher.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A CRM administrator without the CRM's screens finds a customer by part of its name ({@code company
 * list}, as a person reads it and as a script reads it), then keeps its contacts and delivery addresses
 * by command: a contact edited then deleted, an address added, edited, then deleted. Each change
 * reaches the ERP with the next run, which says what it sent.
 */
class ContactsAndAddressesJourneyTest {

    @TempDir
    Path folder;

    @Test
    void aCompanyFoundByNameHasItsContactsAndAddressesKeptByCommandInTheErp() {
        try (Journey journey = Journey.start(folder, 6)) {
            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();
            String code = SplitContractJourneyTest.code(journey, 2);
            String erpName = journey.erpSql().withHandle(handle -> handle.createQuery("SELECT name FROM account WHERE code = :code")
                    .bind("code", code).mapTo(String.class).one());
            String part = erpName.substring(1, Math.min(erpName.length(), 6)).toLowerCase();

            Journey.Result listed = journey.crmSync("company", "list", "--name", part);
            JsonNode rows = Journey.json(journey.crmSync("company", "list", "--name", part, "--format", "json"));
            JsonNode firstOnly = Journey.json(journey.crmSync("company", "list", "--limit", "1", "--format", "json"));

            long company = SplitContractJourneyTest.company(journey, code);
            assertThat(listed.exit()).as(listed.all()).isZero();
            assertThat(listed.out()).contains(erpName).containsPattern("(?m)^" + company + " ");
            long matching = journey.crmSql().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM company"
                    + " WHERE UPPER(name) LIKE UPPER(:part)").bind("part", "%" + part + "%").mapTo(Long.class).one());
            assertThat(rows.size()).isEqualTo((int) matching);
            JsonNode row = null;
            for (JsonNode each : rows) {
                assertThat(each.get("name").asString().toLowerCase()).contains(part);
                if (each.get("id").asLong() == company) {
                    row = each;
                }
            }
            assertThat(row).as("company %d in %s", company, rows).isNotNull();
            assertThat(row.get("name").asString()).isEqualTo(erpName);
            assertThat(row.get("type").asString()).isEqualTo("CUSTOMER");
            assertThat(row.get("accounts").asInt()).isOne();
            assertThat(row.get("active").asBoolean()).isTrue();
            assertThat(firstOnly.size()).isOne();
            assertThat(firstOnly.get(0).get("name").asString())
                    .isEqualTo(journey.crmValue("SELECT MIN(name) FROM company"));

            long contact = journey.crmCount("SELECT MIN(id) FROM contact WHERE company_id = " + company);
            String contactKey = erpKey(journey, "CONTACT", contact);
            Journey.Result edited = journey.crmSync("contact", "edit", Long.toString(contact), "--set", "function=Acheteuse",
                    "--set", "phone.MOBILE=+33 6 11 22 33 44");
            Journey.Result added = journey.crmSync("address", "add", "--company", Long.toString(company), "--set", "label=Entrepôt Est",
                    "--set", "address.street=12 rue des Docks", "--set", "address.postalCode=67000", "--set", "address.city=Strasbourg",
                    "--set", "address.country=FR");
            long address = Journey.printedId(added, "address");

            Journey.Result sent = journey.crmSync("run", "--no-progress");

            assertThat(edited.exit()).as(edited.all()).isZero();
            assertThat(edited.out()).contains("contact " + contact + " updated");
            assertThat(added.out()).contains("address " + address + " added to company " + company);
            assertThat(sent.exit()).as(sent.all()).isZero();
            assertThat(sent.out()).containsPattern("CONTACT +CRM_TO_ERP +updated +1").containsPattern("DELIVERY_ADDRESS +CRM_TO_ERP +inserted +1");
            assertThat(journey.erpCount("SELECT COUNT(*) FROM contact WHERE id = " + contactKey
                    + " AND job_function = N'Acheteuse' AND phone_mobile = N'+33 6 11 22 33 44'")).isOne();
            String addressKey = erpKey(journey, "DELIVERY_ADDRESS", address);
            assertThat(journey.erpCount("SELECT COUNT(*) FROM delivery_address WHERE id = " + addressKey + " AND label = N'Entrepôt Est'"
                    + " AND city = N'Strasbourg' AND account_id = (SELECT id FROM account WHERE code = N'" + code + "')")).isOne();

            Journey.Result moved = journey.crmSync("address", "edit", Long.toString(address), "--set", "address.city=Schiltigheim",
                    "--set", "address.postalCode=67300");
            Journey.Result movedRun = journey.crmSync("run", "--no-progress");

            assertThat(moved.exit()).as(moved.all()).isZero();
            assertThat(moved.out()).contains("address " + address + " updated");
            assertThat(movedRun.exit()).as(movedRun.all()).isZero();
            assertThat(movedRun.out()).containsPattern("DELIVERY_ADDRESS +CRM_TO_ERP +updated +1");
            assertThat(journey.erpCount("SELECT COUNT(*) FROM delivery_address WHERE id = " + addressKey
                    + " AND city = N'Schiltigheim' AND postal_code = N'67300' AND street = N'12 rue des Docks'")).isOne();

            long erpContacts = journey.erpCount("SELECT COUNT(*) FROM contact");
            Journey.Result contactGone = journey.crmSync("contact", "delete", Long.toString(contact));
            Journey.Result addressGone = journey.crmSync("address", "delete", Long.toString(address));
            Journey.Result deletedRun = journey.crmSync("run", "--no-progress");

            assertThat(contactGone.out()).contains("contact " + contact + " deleted");
            assertThat(addressGone.out()).contains("address " + address + " deleted");
            assertThat(deletedRun.exit()).as(deletedRun.all()).isZero();
            assertThat(deletedRun.out()).containsPattern("CONTACT +CRM_TO_ERP +deleted +1").containsPattern("DELIVERY_ADDRESS +CRM_TO_ERP +deleted +1");
            assertThat(journey.erpCount("SELECT COUNT(*) FROM contact WHERE id = " + contactKey)).isZero();
            assertThat(journey.erpCount("SELECT COUNT(*) FROM contact")).isEqualTo(erpContacts - 1);
            assertThat(journey.erpCount("SELECT COUNT(*) FROM delivery_address WHERE id = " + addressKey)).isZero();
            Journey.Result quiet = journey.crmSync("run", "--no-progress");
            assertThat(quiet.exit()).as(quiet.all()).isZero();
            assertThat(journey.crmCount("SELECT COUNT(*) FROM contact WHERE id = " + contact)).isZero();
            assertThat(journey.crmCount("SELECT COUNT(*) FROM contact")).isEqualTo(journey.erpCount("SELECT COUNT(*) FROM contact"));
            assertThat(journey.crmSync("diagnose").out()).doesNotContain("REJECTED");
        }
    }

    private static String erpKey(Journey journey, String entity, long crmId) {
        return journey.crmValue("SELECT erp_key FROM identity_map WHERE entity = N'" + entity + "' AND crm_id = " + crmId);
    }
}
