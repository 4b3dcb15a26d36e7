package dev.passerelle.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.client.ErpFixture;
import dev.passerelle.client.edit.NewCompany;
import dev.passerelle.client.run.Direction;
import dev.passerelle.client.run.RunMode;
import dev.passerelle.client.run.RunReport;
import dev.passerelle.client.run.RunStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Resync all" catches the deletes the change feed missed (here: ERP rows deleted and their
 * tombstones gone, as after a restore): contacts and addresses absent from the snapshot are deleted
 * from the CRM, absent accounts are marked, records with pending CRM changes or never linked stay.
 */
class ResyncDeletesTest {

    private ErpFixture fixture;

    @BeforeEach
    void start() {
        fixture = ErpFixture.start(10);
        assertThat(fixture.sync().status()).isEqualTo(RunStatus.SUCCESS);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private void erp(String sql, long id) {
        fixture.erpSql().useHandle(handle -> handle.createUpdate(sql).bind("id", id).execute());
    }

    private List<Long> erpIds(String sql) {
        return fixture.erpSql().withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).list());
    }

    private Long crmId(String entity, long erpId) {
        return fixture.crmSql().withHandle(handle -> handle.createQuery("SELECT crm_id FROM identity_map"
                        + " WHERE entity = :entity AND erp_key = :key").bind("entity", entity).bind("key", Long.toString(erpId))
                .mapTo(Long.class).findOne().orElse(null));
    }

    /** Deletes an ERP account with everything hanging on it, then forgets every tombstone. */
    private void deleteAccountInErp(long id) {
        erp("UPDATE account SET paying_account_id = NULL WHERE paying_account_id = :id", id);
        erp("DELETE FROM document_line WHERE document_id IN (SELECT d.id FROM document d WHERE d.account_id = :id)", id);
        for (String table : List.of("document", "ledger_entry", "account_free_value", "account_figures", "contact",
                "delivery_address")) {
            erp("DELETE FROM " + table + " WHERE account_id = :id", id);
        }
        erp("DELETE FROM account WHERE id = :id", id);
    }

    private void forgetTombstones() {
        fixture.erpSql().useHandle(handle -> handle.createUpdate("DELETE FROM tombstone").execute());
    }

    @Test
    void resyncDeletesContactsAndAddressesTheErpNoLongerHasAndMarksAbsentAccounts() {
        List<Long> contacts = erpIds("SELECT id FROM contact ORDER BY id");
        long goneContact = contacts.get(0);
        long editedContact = contacts.get(1);
        long goneAddress = erpIds("SELECT id FROM delivery_address ORDER BY id").get(0);
        long goneAccount = erpIds("SELECT id FROM account WHERE dormant = 0 ORDER BY id DESC").get(0);
        long goneAccountCrm = crmId("ACCOUNT", goneAccount);
        long editedContactCrm = crmId("CONTACT", editedContact);
        long crmOnlyCompany = fixture.engine.edits().createCompany(NewCompany.of("Prospect Only", null));
        long crmOnlyContact = fixture.engine.edits().addContact(crmOnlyCompany, Map.of("lastName", "Never Linked"));
        long someCompany = fixture.crmSql().withHandle(handle -> handle.createQuery(
                "SELECT company_id FROM account WHERE id = (SELECT MIN(id) FROM account)").mapTo(Long.class).one());
        long contactsBefore = fixture.crmCount("SELECT COUNT(*) FROM contact");

        erp("DELETE FROM contact WHERE id = :id", goneContact);
        erp("DELETE FROM contact WHERE id = :id", editedContact);
        erp("DELETE FROM delivery_address WHERE id = :id", goneAddress);
        deleteAccountInErp(goneAccount);
        forgetTombstones();
        fixture.engine.edits().editContact(editedContactCrm, "function", "Edited In CRM");
        long pendingInsert = fixture.engine.edits().addContact(someCompany, Map.of("lastName", "Pending Insert"));

        long goneAccountContacts = fixture.crmCount("SELECT COUNT(*) FROM contact WHERE account_id = " + goneAccountCrm);
        RunReport resync = fixture.engine.run("main", RunMode.RESYNC_ALL);

        assertThat(resync.status()).isIn(RunStatus.SUCCESS, RunStatus.WARNING);
        assertThat(resync.errors()).isEmpty();
        assertThat(crmId("CONTACT", goneContact)).as("absent contact unlinked").isNull();
        assertThat(crmId("DELIVERY_ADDRESS", goneAddress)).isNull();
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM address WHERE id NOT IN (SELECT crm_id FROM identity_map)"))
                .as("absent address deleted; no unlinked address left behind").isZero();
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM contact WHERE id = " + editedContactCrm))
                .as("contact with a pending CRM edit kept").isEqualTo(1);
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM contact WHERE id IN (" + crmOnlyContact + ", " + pendingInsert + ")"))
                .as("never-linked and pending-insert contacts kept").isEqualTo(2);
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM account WHERE erp_deleted = 1 AND id = " + goneAccountCrm))
                .as("absent account marked, not deleted").isEqualTo(1);
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM account WHERE erp_deleted = 1")).isEqualTo(1);
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM company WHERE id = (SELECT company_id FROM account WHERE id = "
                + goneAccountCrm + ")")).isEqualTo(1);
        int deletedContacts = resync.count("CONTACT", Direction.ERP_TO_CRM, "deleted-absent");
        assertThat(deletedContacts).isEqualTo((int) (1 + goneAccountContacts));
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM contact")).isEqualTo(contactsBefore + 1 - deletedContacts);
        assertThat(resync.count("DELIVERY_ADDRESS", Direction.ERP_TO_CRM, "deleted-absent")).isPositive();
        assertThat(resync.count("ACCOUNT", Direction.ERP_TO_CRM, "marked-absent")).isEqualTo(1);
        assertThat(fixture.engine.history().log(resync.runId(), 200)).anySatisfy(line ->
                assertThat(line.message()).contains("no longer in the ERP").contains(Long.toString(goneContact)));

        RunReport again = fixture.engine.run("main", RunMode.RESYNC_ALL);
        assertThat(again.count("ACCOUNT", Direction.ERP_TO_CRM, "marked-absent")).as("marked once").isZero();
        assertThat(again.count("CONTACT", Direction.ERP_TO_CRM, "deleted-absent")).isZero();
    }

    @Test
    void deltaRunDeletesNothingForMissingRecords() {
        long contact = erpIds("SELECT id FROM contact ORDER BY id").get(0);
        erp("DELETE FROM contact WHERE id = :id", contact);
        forgetTombstones();

        RunReport delta = fixture.sync();

        assertThat(delta.count("CONTACT", Direction.ERP_TO_CRM, "deleted-absent")).isZero();
        assertThat(crmId("CONTACT", contact)).as("a delta run cannot see a delete without its tombstone").isNotNull();
    }
}
