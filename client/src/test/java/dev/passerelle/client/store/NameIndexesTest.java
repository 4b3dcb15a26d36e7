package dev.passerelle.client.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.client.ErpFixture;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The console's name indexes: set aside for a first sync of an embedded store, built again as the migrations made them. */
class NameIndexesTest {

    private static final String COLUMNS = "SELECT LOWER(INDEX_NAME) || '(' || LOWER(TABLE_NAME) || '.' || LOWER(COLUMN_NAME)"
            + " || ')' FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE LOWER(INDEX_NAME) IN ('ix_account_name', 'ix_company_name')"
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
    void theMigrationsMakeBothIndexes() {
        assertThat(migrated).containsExactly("ix_account_name(account.integration)", "ix_account_name(account.name)",
                "ix_account_name(account.vat_number)", "ix_company_name(company.name)", "ix_company_name(company.id)");
    }

    @Test
    void aFirstSyncEndsWithBothIndexesAsTheMigrationsMadeThemAndHoldingEveryRow() {
        fixture.sync();

        assertThat(columns()).isEqualTo(migrated);
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM account USE INDEX (ix_account_name) WHERE integration = N'main'"))
                .isEqualTo(fixture.crmCount("SELECT COUNT(*) FROM account")).isEqualTo(30);
        assertThat(fixture.crmCount("SELECT COUNT(*) FROM company USE INDEX (ix_company_name) WHERE name LIKE N'%'"))
                .isEqualTo(fixture.crmCount("SELECT COUNT(*) FROM company")).isEqualTo(30);
    }

    @Test
    void setAsideOnlyWhileTheStoreHasNoAccountAndBuiltAgainWhenTheLastFirstLoadEnds() {
        NameIndexes indexes = new NameIndexes(fixture.engine.store());

        assertThat(indexes.setAsideForFirstLoad("main")).isTrue();
        assertThat(columns()).isEmpty();
        assertThat(indexes.setAsideForFirstLoad("other")).as("a second first load shares the set-aside").isTrue();
        indexes.loaded();
        assertThat(columns()).as("one first load still runs").isEmpty();
        indexes.restoreMissing();
        assertThat(columns()).as("not while a first load runs").isEmpty();
        indexes.loaded();
        assertThat(columns()).isEqualTo(migrated);

        fixture.sync();
        assertThat(indexes.setAsideForFirstLoad("other")).as("the store has accounts now").isFalse();
        assertThat(columns()).isEqualTo(migrated);
    }

    @Test
    void indexesLeftMissingByAKilledFirstSyncAreBuiltAgainBeforeTheNextRunOfAProcess() {
        fixture.sync();
        fixture.crmSql().useHandle(handle -> {
            handle.execute("DROP INDEX ix_account_name");
            handle.execute("DROP INDEX ix_company_name");
        });

        new NameIndexes(fixture.engine.store()).restoreMissing();

        assertThat(columns()).isEqualTo(migrated);
    }

    private List<String> columns() {
        return fixture.crmSql().withHandle(handle -> handle.createQuery(COLUMNS).mapTo(String.class).list());
    }
}
