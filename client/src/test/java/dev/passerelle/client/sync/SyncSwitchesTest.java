package dev.passerelle.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.client.ErpFixture;
import dev.passerelle.client.config.IntegrationSettings;
import dev.passerelle.client.run.Direction;
import dev.passerelle.client.run.RunReport;
import dev.passerelle.client.run.RunStatus;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The integration's switches against the real ERP endpoint: a part switched off (phones, e-mails)
 * never reaches the CRM, CRM edits of it never reach the ERP, and the ERP's values of it survive
 * updates of the other fields; contacts switched off are neither read nor sent.
 */
class SyncSwitchesTest {

    private static final String PHONES =
            "COALESCE(phone_main, phone_fax, phone_mobile, phone_other) IS NOT NULL";
    private static final String EMAILS = "COALESCE(email_main, email_invoicing, email_other) IS NOT NULL";

    private ErpFixture fixture;

    @AfterEach
    void stop() {
        fixture.close();
    }

    private void start(boolean contacts, boolean phones, boolean emails) {
        fixture = ErpFixture.start(12, options -> options.withSwitches(
                new IntegrationSettings.SyncSwitches(contacts, true, phones, emails, true, true)));
        RunReport first = fixture.sync();
        assertThat(first.status()).as(first.errors().toString()).isEqualTo(RunStatus.SUCCESS);
    }

    private String code() {
        return fixture.erpSql().withHandle(handle -> handle.createQuery(
                "SELECT TOP 1 code FROM account WHERE dormant = 0 AND phone_main IS NOT NULL ORDER BY id")
                .mapTo(String.class).one());
    }

    private long companyOf(String code) {
        return fixture.crmSql().withHandle(handle -> handle.createQuery(
                "SELECT company_id FROM account WHERE account_code = :code").bind("code", code).mapTo(Long.class).one());
    }

    private String erp(String column, String code) {
        return fixture.erpSql().withHandle(handle -> handle.createQuery(
                "SELECT " + column + " FROM account WHERE code = :code").bind("code", code).mapTo(String.class).one());
    }

    private String crmPhone(String code, String type) {
        return fixture.crmSql().withHandle(handle -> handle.createQuery("SELECT phone_" + type.toLowerCase(Locale.ROOT)
                        + " FROM account WHERE account_code = :code")
                .bind("code", code).mapTo(String.class).one());
    }

    /** Accounts and contacts of the CRM with at least one phone number. */
    private long crmPhones() {
        return fixture.crmCount("SELECT COUNT(*) FROM account WHERE " + PHONES)
                + fixture.crmCount("SELECT COUNT(*) FROM contact WHERE " + PHONES);
    }

    /** Accounts and contacts of the CRM with at least one e-mail address, or with this one. */
    private long crmEmails(String address) {
        String where = address == null ? EMAILS
                : "N'" + address + "' IN (email_main, email_invoicing, email_other)";
        return fixture.crmCount("SELECT COUNT(*) FROM account WHERE " + where)
                + fixture.crmCount("SELECT COUNT(*) FROM contact WHERE " + where);
    }

    @Test
    void phonesSwitchedOffAreNeitherImportedNorSentNorClearedWhileOtherFieldsFlowBothWays() {
        start(true, false, true);
        assertThat(fixture.erpCount("SELECT COUNT(*) FROM account WHERE phone_main IS NOT NULL")).isPositive();
        assertThat(crmPhones()).as("no ERP phone imported by the first sync").isZero();
        assertThat(crmEmails(null)).as("e-mails still synchronised").isPositive();
        String code = code();
        String erpPhone = erp("phone_main", code);
        long company = companyOf(code);

        fixture.engine.edits().editCompany(company, "phone.MAIN", "+33 1 11 11 11 11");
        fixture.engine.edits().renameCompany(company, "Renamed In CRM");
        fixture.erpSql().useHandle(handle -> handle.createUpdate("UPDATE account SET phone_mobile = N'+33 6 22 22 22 22',"
                + " website = N'www.erp-side.example' WHERE code = :code").bind("code", code).execute());
        RunReport run = fixture.sync();

        assertThat(run.status()).as(run.errors() + " " + run.rejected()).isEqualTo(RunStatus.SUCCESS);
        assertThat(run.count("ACCOUNT", Direction.CRM_TO_ERP, "updated")).isEqualTo(1);
        assertThat(erp("name", code)).as("CRM edit of another field reaches the ERP").isEqualTo("Renamed In CRM");
        assertThat(erp("phone_main", code)).as("CRM phone never sent, ERP phone not cleared").isEqualTo(erpPhone);
        assertThat(erp("phone_mobile", code)).as("ERP phone edit kept in the ERP").isEqualTo("+33 6 22 22 22 22");
        assertThat(crmPhone(code, "MAIN")).as("CRM phone left alone").isEqualTo("+33 1 11 11 11 11");
        assertThat(crmPhone(code, "MOBILE")).as("ERP phone not imported").isNull();
        String website = fixture.crmSql().withHandle(handle -> handle.createQuery(
                "SELECT website FROM account WHERE account_code = :code").bind("code", code).mapTo(String.class).one());
        assertThat(website).as("ERP edit of another field reaches the CRM").isEqualTo("www.erp-side.example");

        fixture.engine.edits().editCompany(company, "phone.FAX", "+33 1 99 99 99 99");
        RunReport phoneOnly = fixture.sync();
        assertThat(phoneOnly.total(Direction.CRM_TO_ERP)).as("a phone-only edit sends nothing").isEqualTo(
                phoneOnly.count("ACCOUNT", Direction.CRM_TO_ERP, "not-synced"));
        assertThat(erp("phone_fax", code)).isNotEqualTo("+33 1 99 99 99 99");
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM outbox")).isZero();
    }

    @Test
    void emailsSwitchedOffStayOutOfTheCrmAndSurviveAContactUpdate() {
        start(true, true, false);
        assertThat(crmEmails(null)).isZero();
        assertThat(crmPhones()).as("phones still synchronised").isPositive();
        Map<String, Object> contact = fixture.crmSql().withHandle(handle -> handle.createQuery(
                "SELECT TOP 1 c.id, i.erp_key FROM contact c JOIN identity_map i ON i.crm_id = c.id AND i.entity = N'CONTACT'"
                        + " ORDER BY c.id").mapToMap().one());
        long erpId = Long.parseLong((String) contact.get("erp_key"));
        String erpMail = fixture.erpSql().withHandle(handle -> handle.createQuery(
                "SELECT email_main FROM contact WHERE id = :id").bind("id", erpId).mapTo(String.class).one());

        long contactId = ((Number) contact.get("id")).longValue();
        fixture.engine.edits().editContact(contactId, "function", "Buyer");
        fixture.engine.edits().editContact(contactId, "email.MAIN", "crm@example.fr");
        RunReport run = fixture.sync();

        assertThat(run.status()).as(run.errors() + " " + run.rejected()).isEqualTo(RunStatus.SUCCESS);
        Map<String, Object> erpContact = fixture.erpSql().withHandle(handle -> handle.createQuery(
                "SELECT job_function, email_main FROM contact WHERE id = :id").bind("id", erpId).mapToMap().one());
        assertThat(erpContact).containsEntry("job_function", "Buyer").containsEntry("email_main", erpMail);
        assertThat(crmEmails("crm@example.fr")).isEqualTo(1);
    }

    @Test
    void aDeletedContactTakesTheErpValuesHeldForItAlong() {
        start(true, true, false);
        List<Map<String, Object>> contacts = fixture.crmSql().withHandle(handle -> handle.createQuery(
                "SELECT c.id, i.erp_key FROM contact c JOIN identity_map i ON i.crm_id = c.id AND i.entity = N'CONTACT'"
                        + " WHERE EXISTS (SELECT 1 FROM erp_held_value h WHERE h.owner_entity = N'CONTACT' AND h.owner_id = c.id)"
                        + " ORDER BY c.id").mapToMap().list());
        assertThat(contacts).as("contacts with e-mails held").hasSizeGreaterThan(2);
        long deletedInCrm = ((Number) contacts.get(0).get("id")).longValue();
        long deletedInErp = ((Number) contacts.get(1).get("id")).longValue();
        long kept = ((Number) contacts.get(2).get("id")).longValue();
        long heldBefore = fixture.crmCount("SELECT COUNT(*) FROM erp_held_value");
        long heldGone = held(deletedInCrm) + held(deletedInErp);
        assertThat(heldGone).isPositive();

        fixture.engine.edits().deleteContact(deletedInCrm);
        assertThat(held(deletedInCrm)).as("held values of the contact deleted in the CRM").isZero();
        fixture.erpSql().useHandle(handle -> handle.createUpdate("DELETE FROM contact WHERE id = :id")
                .bind("id", Long.parseLong((String) contacts.get(1).get("erp_key"))).execute());
        RunReport run = fixture.sync();

        assertThat(run.status()).as(run.errors() + " " + run.rejected()).isEqualTo(RunStatus.SUCCESS);
        assertThat(run.count("CONTACT", Direction.ERP_TO_CRM, "deleted")).isEqualTo(1);
        assertThat(held(deletedInErp)).as("held values of the contact deleted in the ERP").isZero();
        assertThat(held(kept)).isPositive();
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM erp_held_value")).as("no other held value lost")
                .isEqualTo(heldBefore - heldGone);
    }

    private long held(long contactId) {
        return fixture.crmCount("SELECT COUNT(*) FROM erp_held_value WHERE owner_entity = N'CONTACT' AND owner_id = "
                + contactId);
    }

    @Test
    void contactsSwitchedOffAreNotReadAndCrmContactsWaitUnsent() {
        start(false, true, true);
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM contact")).isZero();
        long erpContacts = fixture.erpCount("SELECT COUNT(*) FROM contact");
        long company = companyOf(code());

        fixture.engine.edits().addContact(company, Map.of("lastName", "Hors Flux"));
        RunReport run = fixture.sync();

        assertThat(fixture.erpCount("SELECT COUNT(*) FROM contact")).isEqualTo(erpContacts);
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM outbox WHERE entity = N'CONTACT' AND state = N'PENDING'"))
                .isEqualTo(1);
        assertThat(run.warnings()).anySatisfy(warning -> assertThat(warning).contains("sync.contacts = false"));
    }
}
