package dev.passerelle.client.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.client.ErpFixture;
import dev.passerelle.client.edit.NewCompany;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The name and VAT indexes: set aside for a first sync of an embedded store, built again as the
 * migrations made them.
 */
class FirstLoadIndexesTest {

    private static final String COLUMNS = "SELECT LOWER(INDEX_NAME) || '(' || LOWER(TABLE_NAME) || '.' || LOWER(COLUMN_NAME)"
            + " || ')' FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE LOWER(INDEX_NAME) IN ('ix_account_name', 'ix_company_name',"
            + " 'ix_company_vat')"
            + " ORDER BY INDEX_NAME, ORDINAL_POSITION";

    private ErpFixture fixture;
    private List<String> migrated;

    @BeforeEach
    void start() {
        fixture = ErpFixture.start(30);
        migrated = columns();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void theMigrationsMakeTheThreeIndexes() {
        assertThat(migrated).containsExactly("ix_account_name(account.integration)", "ix_account_name(account.name)",
                "ix_account_name(account.vat_number)", "ix_company_name(company.name)", "ix_company_name(company.id)",
                "ix_company_vat(company.vat_normalised)");
    }

    @Test
    void aFirstSyncEndsWithTheIndexesAsTheMigrationsMadeThemAndHoldingEveryRow() {
        fixture.sync();

        assertThat(columns()).isEqualTo(migrated);
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM account USE INDEX (ix_account_name) WHERE integration = N'main'"))
                .isEqualTo(fixture.crmCount("SELECT COUNT(*) FROM account")).isEqualTo(30);
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM company USE INDEX (ix_company_name) WHERE name LIKE N'%'"))
                .isEqualTo(fixture.crmCount("SELECT COUNT(*) FROM company")).isEqualTo(30);
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM company USE INDEX (ix_company_vat) WHERE vat_normalised >= N''"))
                .isEqualTo(fixture.crmCount("SELECT COUNT(*) FROM company WHERE vat_normalised IS NOT NULL")).isPositive();
    }

    @Test
    void setAsideOnlyWhileTheStoreHasNoAccountAndBuiltAgainWhenTheLastFirstLoadEnds() {
        FirstLoadIndexes indexes = new FirstLoadIndexes(fixture.engine.store());

        assertThat(indexes.vatIndexSetAside()).isFalse();
        assertThat(indexes.setAsideForFirstLoad("main")).isTrue();
        assertThat(columns()).isEmpty();
        assertThat(indexes.vatIndexSetAside()).isTrue();
        assertThat(indexes.setAsideForFirstLoad("other")).as("a second first load shares the set-aside").isTrue();
        indexes.loaded("main");
        assertThat(columns()).as("one first load still runs").isEmpty();
        indexes.restoreMissing("third");
        assertThat(columns()).as("not while a first load runs").isEmpty();
        indexes.loaded("other");
        assertThat(columns()).isEqualTo(migrated);
        assertThat(indexes.vatIndexSetAside()).isFalse();

        fixture.sync();
        assertThat(indexes.setAsideForFirstLoad("other")).as("the store has accounts now").isFalse();
        assertThat(columns()).isEqualTo(migrated);
    }

    @Test
    void indexesLeftMissingByAKilledFirstSyncAreBuiltAgainBeforeTheNextRunOfAProcess() {
        fixture.sync();
        dropAll();

        new FirstLoadIndexes(fixture.engine.store()).restoreMissing("main");

        assertThat(columns()).isEqualTo(migrated);
    }

    @Test
    void aStoreWithMoreCompaniesCarryingAVatNumberThanTheMapMayHoldKeepsItsVatIndex() {
        for (int i = 1; i <= 3; i++) {
            fixture.engine.edits().createCompany(new NewCompany("Prospect " + i, "PROSPECT", "BE010000000" + i, null, null, null,
                    null, null));
        }
        FirstLoadIndexes indexes = new FirstLoadIndexes(fixture.engine.store(), 2);

        assertThat(indexes.setAsideForFirstLoad("main")).isTrue();

        assertThat(indexes.vatIndexSetAside()).isFalse();
        assertThat(columns()).containsExactly("ix_company_vat(company.vat_normalised)");
        indexes.loaded("main");
        assertThat(columns()).isEqualTo(migrated);
    }

    @Test
    void missingIndexesWaitWhileAnotherIntegrationsRunHoldsItsLeaseAndAreBuiltByALaterRun() {
        fixture.sync();
        FirstLoadIndexes indexes = new FirstLoadIndexes(fixture.engine.store());
        dropAll();

        try (RunLock locks = new RunLock(fixture.engine.store(), Duration.ofMinutes(1));
                RunLock.Held other = locks.acquire("other", "a run of another integration")) {
            indexes.restoreMissing("main");
            assertThat(columns()).as("a build would lock the tables that run writes").isEmpty();
        }
        indexes.restoreMissing("main");
        assertThat(columns()).isEqualTo(migrated);

        dropAll();
        indexes.restoreMissing("main");
        assertThat(columns()).as("checked before every run, not once a process").isEqualTo(migrated);
    }

    @Test
    void aFirstLoadEndingWhileAnotherIntegrationRunsLeavesTheBuildToALaterRun() {
        FirstLoadIndexes indexes = new FirstLoadIndexes(fixture.engine.store());
        assertThat(indexes.setAsideForFirstLoad("main")).isTrue();

        try (RunLock locks = new RunLock(fixture.engine.store(), Duration.ofMinutes(1));
                RunLock.Held other = locks.acquire("other", "a run of another integration")) {
            indexes.loaded("main");
            assertThat(columns()).isEmpty();
        }
        indexes.restoreMissing("main");
        assertThat(columns()).isEqualTo(migrated);
    }

    private void dropAll() {
        fixture.crmSql().useHandle(handle -> {
            handle.execute("DROP INDEX ix_account_name");
            handle.execute("DROP INDEX ix_company_name");
            handle.execute("DROP INDEX ix_company_vat");
        });
    }

    private List<String> columns() {
        return fixture.crmSql().withHandle(handle -> handle.createQuery(COLUMNS).mapTo(String.class).list());
    }
}
