package dev.passerelle.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.client.ErpFixture;
import dev.passerelle.client.edit.NewCompany;
import dev.passerelle.client.run.Direction;
import dev.passerelle.client.run.RunReport;
import dev.passerelle.client.run.RunStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Many small batches in one run: the next batch travels while the previous answers are written, and
 * every answer still lands (keys, versions, outbox emptied); contacts of accounts created in the same
 * run go after those accounts have their keys.
 */
class PipelinedSendTest {

    private ErpFixture fixture;

    @BeforeEach
    void start() {
        fixture = ErpFixture.start(20, options -> options.withPaging(1000, 3));
        assertThat(fixture.sync().status()).isEqualTo(RunStatus.SUCCESS);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void everyBatchIsAnsweredAndWrittenBack() {
        List<Map<String, Object>> accounts = fixture.crmSql().withHandle(handle -> handle.createQuery(
                "SELECT TOP 10 id, company_id, account_code FROM account WHERE company_id IS NOT NULL ORDER BY id")
                .mapToMap().list());
        assertThat(accounts).hasSize(10);
        for (Map<String, Object> account : accounts) {
            fixture.engine.edits().editCompany(((Number) account.get("company_id")).longValue(), "website",
                    "https://pipelined-" + account.get("id") + ".example.com");
        }
        for (String name : List.of("Première Nouvelle SA", "Seconde Nouvelle SARL")) {
            long company = fixture.engine.edits().createCompany(NewCompany.of(name, null));
            fixture.engine.edits().addContact(company, Map.of("lastName", "Morel", "firstName", name.substring(0, 7)));
            fixture.engine.edits().createAccount(null, company, "main", null);
        }

        RunReport push = fixture.sync();
        RunReport after = fixture.sync();

        assertThat(push.status()).as(push.errors() + " " + push.rejected()).isEqualTo(RunStatus.SUCCESS);
        assertThat(push.count("ACCOUNT", Direction.CRM_TO_ERP, "updated")).isEqualTo(10);
        assertThat(push.count("ACCOUNT", Direction.CRM_TO_ERP, "inserted")).isEqualTo(2);
        assertThat(push.count("CONTACT", Direction.CRM_TO_ERP, "inserted")).isEqualTo(2);
        for (Map<String, Object> account : accounts) {
            String code = (String) account.get("account_code");
            String website = fixture.erpSql().withHandle(handle -> handle.createQuery(
                    "SELECT website FROM account WHERE code = :code").bind("code", code).mapTo(String.class).one());
            assertThat(website).isEqualTo("https://pipelined-" + account.get("id") + ".example.com");
            long erpVersion = fixture.erpSql().withHandle(handle -> handle.createQuery(
                    "SELECT row_version FROM account WHERE code = :code").bind("code", code).mapTo(Long.class).one());
            assertThat(fixture.crmCount("SELECT erp_version FROM identity_map WHERE entity = N'ACCOUNT' AND crm_id = "
                    + account.get("id"))).isEqualTo(erpVersion);
        }
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM outbox")).isZero();
        assertThat(fixture.erpCount("SELECT COUNT(*) FROM contact WHERE last_name = N'Morel'")).isEqualTo(2);
        assertThat(after.total(Direction.CRM_TO_ERP)).isZero();
        assertThat(after.count("ACCOUNT", Direction.ERP_TO_CRM, "updated")).isZero();
    }
}
