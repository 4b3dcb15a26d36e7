package dev.passerelle.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.client.ErpFixture;
import dev.passerelle.client.config.IntegrationSettings;
import dev.passerelle.client.diagnose.FindingKind;
import dev.passerelle.client.edit.NewCompany;
import dev.passerelle.client.link.CrmLinks;
import dev.passerelle.client.run.Direction;
import dev.passerelle.client.run.RunReport;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Rules on what comes from the ERP (docs/ARCHITECTURE.md, section 2): deletes, suppliers, dormant accounts, free fields, orphans, generic accounts. */
class ErpRulesTest {

    private ErpFixture fixture;

    @AfterEach
    void stop() {
        fixture.close();
    }

    private String code(String where) {
        return fixture.erpSql().withHandle(handle -> handle.createQuery("SELECT TOP 1 code FROM account WHERE " + where
                + " ORDER BY id").mapTo(String.class).one());
    }

    @Test
    void suppliersAndDormantAccountsStayOutWhenTheIntegrationExcludesThem() {
        fixture = ErpFixture.start(40, options -> options.withSwitches(
                new IntegrationSettings.SyncSwitches(true, true, true, true, false, false)));

        RunReport first = fixture.sync();

        long wanted = fixture.erpCount("SELECT COUNT(*) FROM account WHERE account_type = 'CUSTOMER' AND dormant = 0");
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM account")).isEqualTo(wanted);
        assertThat(first.count("ACCOUNT", Direction.ERP_TO_CRM, "skipped"))
                .isEqualTo((int) (fixture.erpCount("SELECT COUNT(*) FROM account") - wanted));
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM account WHERE account_type = N'SUPPLIER'")).isZero();
    }

    @Test
    void contactDeletedInTheErpIsDeletedInTheCrmButADeletedAccountOnlyMarksIt() {
        fixture = ErpFixture.start(10);
        fixture.sync();
        long contacts = fixture.crmCount("SELECT COUNT(*) FROM contact");
        fixture.erpSql().useHandle(handle -> handle.createUpdate(
                "DELETE FROM contact WHERE id = (SELECT MIN(id) FROM contact)").execute());

        RunReport report = fixture.sync();

        assertThat(report.count("CONTACT", Direction.ERP_TO_CRM, "deleted")).isEqualTo(1);
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM contact")).isEqualTo(contacts - 1);

        long companies = fixture.crmCount("SELECT COUNT(*) FROM company");
        long key = fixture.erpCount("SELECT MAX(id) FROM account");
        long accountId = fixture.crmCount("SELECT crm_id FROM identity_map WHERE entity = N'ACCOUNT' AND erp_key = N'" + key + "'");
        fixture.erpSql().useHandle(handle -> {
            // the ERP deletes the customer and everything that hangs on it
            handle.execute("DELETE FROM document_line WHERE document_id IN (SELECT id FROM document WHERE account_id = ?)", key);
            for (String table : List.of("document", "ledger_entry", "account_figures", "account_free_value", "contact",
                    "delivery_address")) {
                handle.execute("DELETE FROM " + table + " WHERE account_id = ?", key);
            }
            handle.execute("UPDATE account SET paying_account_id = NULL WHERE paying_account_id = ?", key);
            handle.execute("DELETE FROM account WHERE id = ?", key);
        });

        RunReport deleted = fixture.sync();

        assertThat(deleted.count("ACCOUNT", Direction.ERP_TO_CRM, "deleted")).isEqualTo(1);
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM company")).as("the company is kept").isEqualTo(companies);
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM account WHERE erp_deleted = 1 AND id = " + accountId))
                .as("the account is kept, marked").isOne();
    }

    @Test
    void freeFieldWhoseTypeChangedIsNoLongerReplicatedAndCanBePurged() {
        fixture = ErpFixture.start(10);
        fixture.sync();
        String name = fixture.erpSql().withHandle(handle -> handle.createQuery(
                "SELECT TOP 1 name FROM free_field_definition WHERE field_type <> 'DATE' ORDER BY id").mapTo(String.class).one());
        fixture.erpSql().useHandle(handle -> handle.createUpdate(
                "UPDATE free_field_definition SET field_type = 'DATE' WHERE name = :name").bind("name", name).execute());

        fixture.sync();

        assertThat(fixture.engine.diagnostics().findings()).anySatisfy(finding -> {
            assertThat(finding.kind()).isEqualTo(FindingKind.FREE_FIELD_NOT_REPLICATED);
            assertThat(finding.description()).contains(name);
        });
        assertThat(fixture.engine.purgeFreeFields("main")).isEqualTo(1);
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM free_field_definition WHERE replicated = 0")).isZero();
    }

    @Test
    void orphanAccountsGetACompanyOneByOneOrAllAtOnce() {
        fixture = ErpFixture.start(10);
        fixture.sync();
        CrmLinks links = fixture.engine.links();
        long first = links.accountByCode("main", code("1 = 1"));
        long second = links.accountByCode("main", code("id > (SELECT MIN(id) FROM account)"));
        links.unlink(null, first);
        links.unlink(null, second);
        assertThat(links.orphans("main")).hasSize(2);

        long company = links.createCompanyFor(null, first);
        int created = links.createCompaniesForAll(null, "main", false);

        assertThat(created).isEqualTo(1);
        assertThat(links.orphans("main")).isEmpty();
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM address WHERE account_id = " + first + " AND company_id = " + company))
                .isEqualTo(fixture.crmCount("SELECT COUNT(*) FROM address WHERE account_id = " + first));
    }

    @Test
    void prospectIsAttachedToAGenericAccountByHandOrByRule() {
        fixture = ErpFixture.start(10);
        fixture.sync();
        CrmLinks links = fixture.engine.links();
        long byHand = links.accountByCode("main", code("1 = 1"));
        long byLetter = links.accountByCode("main", code("1 = 1 AND id > (SELECT MIN(id) FROM account)"));
        fixture.crmSql().useHandle(handle -> handle.execute("UPDATE account SET name = N'Generic Z' WHERE id = ?", byLetter));
        links.setGeneric(byHand, true);
        links.setGeneric(byLetter, true);
        long zeppelin = fixture.engine.edits().createCompany(new NewCompany("Zeppelin Prospect", "PROSPECT", null, null,
                null, null, null, null));
        long other = fixture.engine.edits().createCompany(new NewCompany("Autre Prospect", "PROSPECT", null, null,
                null, null, null, null));

        long chosenByRule = links.attachGenericByRule(zeppelin, "main", null);
        long firstByRule = links.attachGenericByRule(other, "main", null);

        assertThat(chosenByRule).as("the generic account named after the first letter").isEqualTo(byLetter);
        assertThat(firstByRule).as("no letter matches: the first generic account").isEqualTo(Math.min(byHand, byLetter));
        links.attachGeneric(other, byLetter);
        assertThat(fixture.crmCount("SELECT generic_account_id FROM company WHERE id = " + other)).isEqualTo(byLetter);
        assertThat(fixture.crmCount("SELECT generic_account_id FROM company WHERE id = " + zeppelin)).isEqualTo(byLetter);
    }
}
