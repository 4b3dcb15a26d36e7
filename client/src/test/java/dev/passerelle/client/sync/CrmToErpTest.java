package dev.passerelle.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.client.ErpFixture;
import dev.passerelle.client.admin.ErrorsTab;
import dev.passerelle.client.config.CodeMode;
import dev.passerelle.client.edit.AccountCodes;
import dev.passerelle.client.edit.NewCompany;
import dev.passerelle.client.run.Direction;
import dev.passerelle.client.run.RunMode;
import dev.passerelle.client.run.RunReport;
import dev.passerelle.client.run.RunStatus;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** CRM changes going to the real ERP endpoint: batches, keys returned, no echo, error queue. */
class CrmToErpTest {

    private ErpFixture fixture;

    private void start(CodeMode mode) {
        fixture = ErpFixture.start(20, options -> options.withCodeMode(mode, ""));
        assertThat(fixture.sync().status()).isEqualTo(RunStatus.SUCCESS);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private String firstCode() {
        return fixture.erpSql().withHandle(handle -> handle.createQuery(
                "SELECT TOP 1 code FROM account WHERE dormant = 0 ORDER BY id").mapTo(String.class).one());
    }

    private long companyOf(String code) {
        return fixture.crmSql().withHandle(handle -> handle.createQuery(
                "SELECT company_id FROM account WHERE account_code = :code").bind("code", code).mapTo(Long.class).one());
    }

    private String erpValue(String sql, String code) {
        return fixture.erpSql().withHandle(handle -> handle.createQuery(sql).bind("code", code).mapTo(String.class).one());
    }

    @Test
    void crmEditReachesTheErpAndDoesNotEchoBack() {
        start(CodeMode.ERP);
        String code = firstCode();
        fixture.engine.edits().renameCompany(companyOf(code), "Renamed In CRM");
        fixture.engine.edits().editCompany(companyOf(code), "phone.MOBILE", "+33 6 00 00 00 01");

        RunReport push = fixture.sync();
        RunReport after = fixture.sync();

        assertThat(push.count("ACCOUNT", Direction.CRM_TO_ERP, "updated")).isEqualTo(1);
        assertThat(erpValue("SELECT name FROM account WHERE code = :code", code)).isEqualTo("Renamed In CRM");
        assertThat(erpValue("SELECT phone_mobile FROM account WHERE code = :code", code)).isEqualTo("+33 6 00 00 00 01");
        assertThat(after.count("ACCOUNT", Direction.ERP_TO_CRM, "updated")).isZero();
        assertThat(after.total(Direction.CRM_TO_ERP)).isZero();
        assertThat(after.conflicts()).isEmpty();
    }

    @Test
    void createdAccountGetsItsKeyAndCodeFromTheErpAndItsBillingAddressComesBack() {
        start(CodeMode.ERP);
        long company = fixture.engine.edits().createCompany(new NewCompany("Nouvelle Société", "CUSTOMER", "FR40303265045",
                null, "3 place Bellecour", "69002", "Lyon", "FR"));
        fixture.engine.edits().addContact(company, Map.of("lastName", "Martin", "firstName", "Claire", "email.MAIN",
                "claire.martin@example.fr"));
        long account = fixture.engine.edits().createAccount(null, company, "main", null);

        RunReport push = fixture.sync();

        assertThat(push.status()).as(push.errors() + " " + push.rejected()).isEqualTo(RunStatus.SUCCESS);
        assertThat(push.keysReturned()).anySatisfy(key -> {
            assertThat(key.entity()).isEqualTo("ACCOUNT");
            assertThat(key.crmId()).isEqualTo(account);
            assertThat(key.accountCode()).matches("[A-Z0-9]{1,17}");
        });
        assertThat(push.keysReturned()).anySatisfy(key -> assertThat(key.entity()).isEqualTo("CONTACT"));
        String code = fixture.crmSql().withHandle(handle -> handle.createQuery("SELECT account_code FROM account WHERE id = :id")
                .bind("id", account).mapTo(String.class).one());
        assertThat(code).isNotEqualTo(AccountCodes.AUTO_ERP);
        assertThat(erpValue("SELECT name FROM account WHERE code = :code", code)).isEqualTo("Nouvelle Société");
        assertThat(fixture.erpCount("SELECT COUNT(*) FROM contact WHERE email_main = N'claire.martin@example.fr'")).isEqualTo(1);

        fixture.sync();

        assertThat(fixture.crmCount("SELECT COUNT(*) FROM address WHERE city = N'Lyon' AND account_id = " + account))
                .isEqualTo(1);
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM company WHERE name = N'Nouvelle Société'")).isEqualTo(1);
    }

    @Test
    void rejectedRecordWaitsInTheErrorQueueUntilFixedAndCanBeStoppedAndReactivated() {
        start(CodeMode.FREE);
        // The ERP gives the code to one of its accounts meanwhile: free in the CRM when typed, taken when sent.
        String taken = "TAKEN01";
        fixture.erpSql().useHandle(handle -> handle.execute("UPDATE account SET code = ? WHERE code = ?", taken, firstCode()));
        long company = fixture.engine.edits().createCompany(NewCompany.of("Doublon SARL", null));
        long account = fixture.engine.edits().createAccount(null, company, "main", taken);

        RunReport rejected = fixture.sync();

        assertThat(rejected.status()).isEqualTo(RunStatus.WARNING);
        assertThat(rejected.rejected()).singleElement().satisfies(r ->
                assertThat(r.fieldErrors()).anySatisfy(error -> assertThat(error).contains("NOT_UNIQUE")));
        ErrorsTab errors = fixture.engine.errors();
        ErrorsTab.QueuedError queued = errors.list().get(0);
        assertThat(queued.crmId()).isEqualTo(account);

        errors.stop(queued.id());
        RunReport stopped = fixture.sync();
        assertThat(stopped.rejected()).isEmpty();
        assertThat(errors.list().get(0).attempts()).isEqualTo(1);

        fixture.engine.edits().setAccountCode(account, "DOUBLON01");
        errors.reactivate(queued.id());
        RunReport fixed = fixture.sync();

        assertThat(fixed.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(errors.list()).isEmpty();
        assertThat(erpValue("SELECT name FROM account WHERE code = :code", "DOUBLON01")).isEqualTo("Doublon SARL");
    }

    @Test
    void settingACompanyInactiveMakesItsAccountDormantAndDeletingAContactDeletesItInTheErp() {
        start(CodeMode.ERP);
        String code = firstCode();
        long company = companyOf(code);
        long contact = fixture.crmSql().withHandle(handle -> handle.createQuery(
                "SELECT MIN(id) FROM contact WHERE company_id = :company").bind("company", company).mapTo(Long.class).one());
        long erpContacts = fixture.erpCount("SELECT COUNT(*) FROM contact");

        fixture.engine.edits().setCompanyActive(company, false);
        fixture.engine.edits().deleteContact(contact);
        RunReport push = fixture.sync();

        assertThat(push.status()).as(push.rejected().toString()).isEqualTo(RunStatus.SUCCESS);
        assertThat(erpValue("SELECT CAST(dormant AS NVARCHAR(5)) FROM account WHERE code = :code", code)).isIn("1", "TRUE", "true");
        assertThat(fixture.erpCount("SELECT COUNT(*) FROM contact")).isEqualTo(erpContacts - 1);
    }

    @Test
    void erpInMaintenanceEndsTheRunWithAWarningAfterWaitingLosesNothingAndTheNextRunCatchesUp() {
        start(CodeMode.ERP);
        String code = firstCode();
        fixture.engine.edits().renameCompany(companyOf(code), "While Away");
        fixture.erp.setMaintenance(true);

        RunReport blocked = fixture.sync();

        assertThat(blocked.status()).isEqualTo(RunStatus.WARNING);
        assertThat(blocked.warnings()).anySatisfy(warning -> assertThat(warning).contains("maintenance"));
        assertThat(blocked.total(Direction.CRM_TO_ERP)).isZero();
        fixture.erp.setMaintenance(false);
        RunReport resumed = fixture.sync();
        assertThat(resumed.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(erpValue("SELECT name FROM account WHERE code = :code", code)).isEqualTo("While Away");
    }

    @Test
    void resyncAllCatchesAnErpChangeThatDidNotMoveTheChangePointersAndDuplicatesNothing() {
        start(CodeMode.ERP);
        long companies = fixture.crmCount("SELECT COUNT(*) FROM company");
        String code = firstCode();
        fixture.erpSql().useHandle(handle -> {
            handle.execute("DROP TRIGGER trg_account_version");
            handle.execute("UPDATE account SET website = N'https://silently.example' WHERE code = ?", code);
            handle.execute("CREATE TRIGGER trg_account_version BEFORE INSERT, UPDATE ON account FOR EACH ROW"
                    + " CALL 'dev.passerelle.server.changes.h2.VersionStampTrigger'");
        });
        RunReport delta = fixture.sync();

        RunReport resync = fixture.engine.run("main", RunMode.RESYNC_ALL);

        assertThat(delta.count("ACCOUNT", Direction.ERP_TO_CRM, "updated")).as("the delta cannot see it").isZero();
        assertThat(resync.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(resync.count("ACCOUNT", Direction.ERP_TO_CRM, "corrected")).isOne();
        assertThat(crmWebsite(code)).isEqualTo("https://silently.example");
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM company")).isEqualTo(companies);
        assertThat(resync.count("ACCOUNT", Direction.ERP_TO_CRM, "inserted")).isZero();
    }

    private String crmWebsite(String code) {
        return fixture.crmSql().withHandle(handle -> handle.createQuery("SELECT website FROM account WHERE account_code = :code")
                .bind("code", code).mapTo(String.class).one());
    }

    @Test
    void resendAllSendsEveryLinkedRecordAgainAndTheErpKeepsItsData() {
        start(CodeMode.ERP);
        long accounts = fixture.erpCount("SELECT COUNT(*) FROM account");

        RunReport resend = fixture.engine.run("main", RunMode.RESEND_ALL);

        assertThat(resend.status()).as(resend.rejected().toString()).isEqualTo(RunStatus.SUCCESS);
        assertThat(resend.count("ACCOUNT", Direction.CRM_TO_ERP, "updated")).isEqualTo((int) accounts);
        assertThat(fixture.erpCount("SELECT COUNT(*) FROM account")).isEqualTo(accounts);
    }
}
