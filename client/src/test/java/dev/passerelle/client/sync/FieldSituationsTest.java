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

/** Situations met in the field (a tax number changed together with a deactivation, accounts linked to one company, links moved, never-sync, conflicts) against the real ERP endpoint. */
class FieldSituationsTest {

    private ErpFixture fixture;

    @BeforeEach
    void start() {
        fixture = ErpFixture.start(30);
        assertThat(fixture.sync().status()).isEqualTo(RunStatus.SUCCESS);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private String accountCode(int index) {
        return fixture.erpSql().withHandle(handle -> handle.createQuery(
                "SELECT code FROM account WHERE dormant = 0 ORDER BY id OFFSET :skip ROWS FETCH NEXT 1 ROWS ONLY")
                .bind("skip", index).mapTo(String.class).one());
    }

    private Map<String, Object> crmAccount(String code) {
        return fixture.crmSql().withHandle(handle -> handle.createQuery(
                "SELECT a.id, a.name, a.dormant, a.vat_number, a.company_id, c.active, c.vat_number AS company_vat,"
                        + " c.name AS company_name FROM account a LEFT JOIN company c ON c.id = a.company_id"
                        + " WHERE a.account_code = :code").bind("code", code).mapToMap().one());
    }

    private void erpUpdate(String sql, String code) {
        fixture.erpSql().useHandle(handle -> handle.createUpdate(sql).bind("code", code).execute());
    }

    private static long id(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }

    @Test
    void deactivationAndTaxNumberChangeInTheSameIntervalBothArrive() {
        String code = accountCode(0);
        long companyBefore = id(crmAccount(code), "company_id");
        erpUpdate("UPDATE account SET dormant = 1, vat_number = N'PL9999999999' WHERE code = :code", code);

        RunReport report = fixture.sync();

        Map<String, Object> after = crmAccount(code);
        assertThat(report.count("ACCOUNT", Direction.ERP_TO_CRM, "updated")).isEqualTo(1);
        assertThat(after).containsEntry("dormant", true).containsEntry("vat_number", "PL9999999999")
                .containsEntry("active", false).containsEntry("company_vat", "PL9999999999");
        assertThat(id(after, "company_id")).isEqualTo(companyBefore);
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM company")).isEqualTo(fixture.erpCount("SELECT COUNT(*) FROM account"));
    }

    @Test
    void linkingAdditionalAccountsMakesAllTheirDeliveryAddressesAppearOnTheCompany() {
        String main = accountCode(0);
        String second = accountCode(1);
        long company = id(crmAccount(main), "company_id");
        long secondAccount = id(crmAccount(second), "id");
        long secondAddresses = fixture.crmCount("SELECT COUNT(*) FROM address WHERE account_id = " + secondAccount);
        long before = fixture.crmCount("SELECT COUNT(*) FROM address WHERE company_id = " + company);
        assertThat(secondAddresses).isPositive();

        fixture.engine.links().unlink(null, secondAccount);
        fixture.engine.links().linkAdditional(null, company, secondAccount);

        assertThat(fixture.crmCount("SELECT COUNT(*) FROM address WHERE company_id = " + company))
                .isEqualTo(before + secondAddresses);
        assertThat(fixture.engine.links().orphans("main")).extracting(o -> o.reason()).containsExactly("SECONDARY");
        erpUpdate("UPDATE delivery_address SET city = N'Gdansk' WHERE account_id = (SELECT id FROM account WHERE code = :code)",
                second);
        fixture.sync();
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM address WHERE city = N'Gdansk' AND company_id = " + company))
                .isEqualTo(secondAddresses);
    }

    @Test
    void movingALinkToAnotherCompanyMergesTheOldCompanyIntoTheNewOne() {
        String moved = accountCode(2);
        Map<String, Object> account = crmAccount(moved);
        long oldCompany = id(account, "company_id");
        long contacts = fixture.crmCount("SELECT COUNT(*) FROM contact WHERE company_id = " + oldCompany);
        long target = fixture.engine.edits().createCompany(NewCompany.of("Kontrakt Nowy", null));

        fixture.engine.links().relink(null, id(account, "id"), target);

        assertThat(fixture.crmCount("SELECT COUNT(*) FROM company WHERE id = " + oldCompany)).isZero();
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM contact WHERE company_id = " + target)).isEqualTo(contacts);
        assertThat(crmAccount(moved)).containsEntry("company_name", account.get("name"));
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM contact WHERE is_primary = 1 AND company_id = " + target))
                .isLessThanOrEqualTo(1);
        erpUpdate("UPDATE account SET name = N'Renamed After Move' WHERE code = :code", moved);
        fixture.sync();
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM company WHERE name = N'Renamed After Move' AND id = " + target))
                .isEqualTo(1);
    }

    @Test
    void neverSyncKeepsErpChangesOutUntilClearedAndNothingIsLost() {
        String code = accountCode(4);
        long company = id(crmAccount(code), "company_id");
        fixture.engine.edits().setNeverSync(company, true);
        erpUpdate("UPDATE account SET name = N'Changed While Excluded' WHERE code = :code", code);

        RunReport excluded = fixture.sync();
        RunReport stillExcluded = fixture.sync();

        assertThat(excluded.count("ACCOUNT", Direction.ERP_TO_CRM, "parked")).isEqualTo(1);
        assertThat(crmAccount(code).get("name")).isNotEqualTo("Changed While Excluded");
        assertThat(stillExcluded.count("ACCOUNT", Direction.ERP_TO_CRM, "updated")).isZero();

        fixture.engine.edits().setNeverSync(company, false);
        fixture.sync();

        assertThat(crmAccount(code)).containsEntry("name", "Changed While Excluded")
                .containsEntry("company_name", "Changed While Excluded");
    }

    @Test
    void notThisTimeSkipsTheNextRunOnly() {
        String code = accountCode(5);
        long company = id(crmAccount(code), "company_id");
        fixture.engine.edits().setNotThisTime(company, true);
        erpUpdate("UPDATE account SET website = N'www.later.example' WHERE code = :code", code);

        fixture.sync();
        Map<String, Object> skipped = fixture.crmSql().withHandle(handle -> handle.createQuery(
                "SELECT a.website, c.skip_next_run FROM account a JOIN company c ON c.id = a.company_id"
                        + " WHERE a.account_code = :code").bind("code", code).mapToMap().one());
        assertThat(skipped.get("website")).isNotEqualTo("www.later.example");
        assertThat(skipped).containsEntry("skip_next_run", false);

        fixture.sync();

        String website = fixture.crmSql().withHandle(handle -> handle.createQuery(
                "SELECT website FROM account WHERE account_code = :code").bind("code", code).mapTo(String.class).one());
        assertThat(website).isEqualTo("www.later.example");
    }

    @Test
    void fieldChangedOnBothSidesIsWonByTheErpAndLoggedWithBothValues() {
        String code = accountCode(6);
        long company = id(crmAccount(code), "company_id");
        fixture.engine.edits().renameCompany(company, "CRM Name");
        erpUpdate("UPDATE account SET name = N'ERP Name' WHERE code = :code", code);

        RunReport report = fixture.sync();

        assertThat(crmAccount(code)).containsEntry("name", "ERP Name").containsEntry("company_name", "ERP Name");
        assertThat(report.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.field()).isEqualTo("name");
            assertThat(conflict.crmValue()).isEqualTo("CRM Name");
            assertThat(conflict.erpValue()).isEqualTo("ERP Name");
            assertThat(conflict.winner()).isEqualTo("ERP");
        });
        assertThat(fixture.engine.history().log(report.runId(), 10)).anySatisfy(line ->
                assertThat(line.kind()).isEqualTo("CONFLICT"));
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM outbox")).isZero();
    }
}
