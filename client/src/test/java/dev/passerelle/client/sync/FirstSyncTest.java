package dev.passerelle.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.client.ErpFixture;
import dev.passerelle.client.edit.NewCompany;
import dev.passerelle.client.run.Direction;
import dev.passerelle.client.run.ProgressListener;
import dev.passerelle.client.run.RunMode;
import dev.passerelle.client.run.RunReport;
import dev.passerelle.client.run.RunStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** First synchronisation against a real ERP endpoint with a demo ERP. */
class FirstSyncTest {

    private ErpFixture fixture;

    @BeforeEach
    void start() {
        fixture = ErpFixture.start(60, options -> options.withPaging(25, 50));
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void firstSyncLoadsEveryAccountContactAndAddressPageByPage() {
        RunReport report = fixture.sync();

        assertThat(report.status()).as(report.errors().toString()).isEqualTo(RunStatus.SUCCESS);
        long accounts = fixture.erpCount("SELECT COUNT(*) FROM account");
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM account")).isEqualTo(accounts);
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM company")).isEqualTo(accounts);
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM contact")).isEqualTo(fixture.erpCount("SELECT COUNT(*) FROM contact"));
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM address"))
                .isEqualTo(fixture.erpCount("SELECT COUNT(*) FROM delivery_address"));
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM representative")).isPositive();
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM list_value WHERE list_name = N'currency'")).isPositive();
        assertThat(report.count("ACCOUNT", Direction.ERP_TO_CRM, "inserted")).isEqualTo((int) accounts);
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM sync_cursor")).isEqualTo(7);
    }

    @Test
    void firstContactOfEachAccountIsPrimaryAndContactsTakeTheBillingAddress() {
        fixture.sync();

        long accountsWithContacts = fixture.crmCount("SELECT COUNT(DISTINCT account_id) FROM contact");
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM contact WHERE is_primary = 1")).isEqualTo(accountsWithContacts);
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM contact ct JOIN company c ON c.id = ct.company_id"
                + " WHERE ISNULL(ct.city, N'') <> ISNULL(c.city, N'')")).isZero();
    }

    @Test
    void secondRunWithNoChangeMovesNothing() {
        fixture.sync();

        RunReport idle = fixture.sync();

        assertThat(idle.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(idle.count("ACCOUNT", Direction.ERP_TO_CRM, "inserted")).isZero();
        assertThat(idle.count("ACCOUNT", Direction.ERP_TO_CRM, "updated")).isZero();
        assertThat(idle.total(Direction.CRM_TO_ERP)).isZero();
    }

    @Test
    void prospectsAlreadyInTheCrmAreMatchedByVatNumberNotDuplicated() {
        List<Map<String, Object>> erpAccounts = fixture.erpSql().withHandle(handle -> handle.createQuery(
                "SELECT TOP 3 name, vat_number FROM account WHERE vat_number IS NOT NULL ORDER BY id").mapToMap().list());
        for (Map<String, Object> account : erpAccounts) {
            String vat = (String) account.get("vat_number");
            String typedDifferently = vat.toLowerCase().replaceAll("(.{2})", "$1 ").trim();
            fixture.engine.edits().createCompany(new NewCompany("Prospect " + account.get("name"), "PROSPECT",
                    typedDifferently, null, null, null, null, null));
        }

        RunReport report = fixture.sync();

        long accounts = fixture.erpCount("SELECT COUNT(*) FROM account");
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM company")).isEqualTo(accounts);
        assertThat(report.count("COMPANY", Direction.ERP_TO_CRM, "matched-by-vat")).isEqualTo(3);
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM company c WHERE c.name LIKE N'Prospect %'")).isZero();
    }

    @Test
    void prospectsTypedBySqlWithoutTheNormalisedNumberAreMatchedToo() {
        List<String> vats = fixture.erpSql().withHandle(handle -> handle.createQuery(
                "SELECT TOP 2 vat_number FROM account WHERE vat_number IS NOT NULL ORDER BY id").mapTo(String.class).list());
        long id = 900_000;
        for (String vat : vats) {
            long company = id++;
            fixture.crmSql().useHandle(handle -> handle.createUpdate("INSERT INTO company (id, name, company_type, vat_number,"
                            + " active, never_sync, skip_next_run, created_at, updated_at) VALUES (:id, N'Typed prospect',"
                            + " N'PROSPECT', :vat, 1, 0, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                    .bind("id", company).bind("vat", vat.toLowerCase().replaceAll("(.{3})", "$1 ").trim()).execute());
        }

        RunReport report = fixture.sync();

        assertThat(report.count("COMPANY", Direction.ERP_TO_CRM, "matched-by-vat")).isEqualTo(2);
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM company")).isEqualTo(fixture.erpCount("SELECT COUNT(*) FROM account"));
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM company WHERE name = N'Typed prospect'")).isZero();
    }

    /**
     * Two prospects carry the VAT number of an account on the last page; the first is flagged "never
     * sync" by a CRM user once the first page is in. The account links to the second. On an empty
     * store the load matches from memory, without the VAT index; on a store that already holds an
     * account (of another integration) it asks the index, page by page. Both give the same answer.
     */
    @ParameterizedTest(name = "store already holding an account: {0}")
    @ValueSource(booleans = {false, true})
    void aProspectFlaggedNeverSyncDuringTheLoadIsPassedOverForTheNextOneWithItsNumber(boolean storeHoldsAnAccount) {
        if (storeHoldsAnAccount) {
            fixture.crmSql().useHandle(handle -> handle.execute("INSERT INTO account (id, integration, is_primary, account_type,"
                    + " account_code, name, dormant) VALUES (800000, N'elsewhere', 1, N'CUSTOMER', N'X1', N'Elsewhere', 0)"));
        }
        String vat = fixture.erpSql().withHandle(handle -> handle.createQuery("SELECT TOP 1 vat_number FROM account"
                + " WHERE vat_number IS NOT NULL AND vat_number NOT IN (SELECT vat_number FROM account WHERE vat_number IS NOT NULL"
                + " GROUP BY vat_number HAVING COUNT(*) > 1) ORDER BY code DESC").mapTo(String.class).one());
        long flagged = prospect("Prospect flagged", vat);
        long second = prospect("Prospect second", vat.toLowerCase());
        List<Boolean> vatIndexDuringLoad = new ArrayList<>();
        ProgressListener flagAfterFirstPage = new ProgressListener() {
            @Override
            public void page(String entity, long records) {
                if ("ACCOUNT".equals(entity) && vatIndexDuringLoad.isEmpty()) {
                    vatIndexDuringLoad.add(fixture.crmCount("SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES"
                            + " WHERE LOWER(INDEX_NAME) = 'ix_company_vat'") > 0);
                    fixture.crmSql().useHandle(handle -> handle.execute("UPDATE company SET never_sync = 1 WHERE id = ?", flagged));
                }
            }
        };

        RunReport report = fixture.engine.run("main", RunMode.DELTA, flagAfterFirstPage);

        assertThat(report.status()).as(report.errors().toString()).isEqualTo(RunStatus.SUCCESS);
        assertThat(vatIndexDuringLoad).as("the VAT index was there during the load").containsExactly(storeHoldsAnAccount);
        assertThat(report.count("COMPANY", Direction.ERP_TO_CRM, "matched-by-vat")).isEqualTo(1);
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM account WHERE company_id = " + second)).isEqualTo(1);
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM account WHERE company_id = " + flagged)).isZero();
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES WHERE LOWER(INDEX_NAME) = 'ix_company_vat'"))
                .as("the VAT index after the load").isEqualTo(1);
    }

    private long prospect(String name, String vat) {
        return fixture.engine.edits().createCompany(new NewCompany(name, "PROSPECT", vat, null, null, null, null, null));
    }
}
