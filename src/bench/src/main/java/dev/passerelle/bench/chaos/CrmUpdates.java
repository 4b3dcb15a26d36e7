package dev.passerelle.bench.chaos;

import java.util.Random;

/**
 * The CRM's edits of scenario delta-crm-to-erp (and the updates of endpoint-during-apply), made
 * through the engine's Java API as a CRM makes them, each captured in the outbox: companies renamed,
 * moved to another city, given another main phone; contacts renamed, given another phone, deleted;
 * addresses relabelled and moved. Each record is edited once.
 */
final class CrmUpdates {

    private CrmUpdates() {
    }

    /** Makes about {@code count} edits drawn with {@code random}; deletes contacts only when {@code deletes}. */
    static void make(CrmDesk desk, Random random, int count, boolean deletes, Expectations.Builder expected) {
        int share = Math.max(1, count / 10);
        CrmDesk.each(desk.companies(), 2 * share, (number, company) -> {
            String name = "Renamed in the CRM " + company.account();
            desk.edits().editCompany(company.id(), "name", name);
            expected.edit(Entity.ACCOUNT, Side.CRM, company.account(), "name", name);
        });
        CrmDesk.each(desk.companies(), share, (number, company) -> {
            String city = "Crmville " + company.account();
            desk.edits().editCompany(company.id(), "billing.city", city);
            expected.edit(Entity.ACCOUNT, Side.CRM, company.account(), "city", city);
        });
        CrmDesk.each(desk.companies(), share, (number, company) -> {
            String phone = Picks.phone(random);
            desk.edits().editCompany(company.id(), "phone.MAIN", phone);
            expected.edit(Entity.ACCOUNT, Side.CRM, company.account(), "phone_main", phone);
        });
        CrmDesk.each(desk.contacts(), 2 * share, (number, contact) -> {
            String last = "CrmLast" + contact;
            desk.edits().editContact(contact, "lastName", last);
            expected.edit(Entity.CONTACT, Side.CRM, contact, "last_name", last);
        });
        CrmDesk.each(desk.contacts(), share, (number, contact) -> {
            String phone = Picks.phone(random);
            desk.edits().editContact(contact, "phone.MAIN", phone);
            expected.edit(Entity.CONTACT, Side.CRM, contact, "phone_main", phone);
        });
        if (deletes) {
            CrmDesk.each(desk.contacts(), share, (number, contact) -> {
                Long erpId = desk.erpIdOf(Entity.CONTACT, contact);
                desk.edits().deleteContact(contact);
                expected.removal(Entity.CONTACT, Side.CRM, contact, erpId);
            });
        }
        CrmDesk.each(desk.addresses(), share, (number, address) -> {
            String label = "Relabelled " + address;
            desk.edits().editAddress(address, "label", label);
            expected.edit(Entity.DELIVERY_ADDRESS, Side.CRM, address, "label", label);
        });
        CrmDesk.each(desk.addresses(), share, (number, address) -> {
            String city = "Crmville " + address;
            desk.edits().editAddress(address, "address.city", city);
            expected.edit(Entity.DELIVERY_ADDRESS, Side.CRM, address, "city", city);
        });
    }
}
