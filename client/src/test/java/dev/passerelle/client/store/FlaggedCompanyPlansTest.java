package dev.passerelle.client.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.common.db.DatabaseSettings;
import dev.passerelle.common.db.H2Urls;
import dev.passerelle.common.testing.MutableClock;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The start of every run and every turn of {@code crm-sync watch} ask for the companies flagged "not
 * this time". On a store of many companies, H2 must reach them through the index on the flag, seeking
 * its flagged entries: read H2's plan of the very statements the engine runs, after statistics of a
 * store where no company is flagged (as in a real one).
 */
class FlaggedCompanyPlansTest {

    private static final String SEEK = "ix_company_skip_next_run: skip_next_run = TRUE";

    private CrmStore store;

    @BeforeEach
    void storeOfManyCompanies() {
        store = CrmStore.open(DatabaseSettings.of(H2Urls.memory("plans-" + UUID.randomUUID())), MutableClock.systemNow());
        store.jdbi().useHandle(handle -> {
            PreparedBatch companies = handle.prepareBatch("INSERT INTO company (id, name, company_type, active, created_at,"
                    + " updated_at) VALUES (:id, :name, N'CUSTOMER', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            for (int id = 1; id <= 5_000; id++) {
                companies.bind("id", id).bind("name", "Company " + id).add();
            }
            companies.execute();
            handle.execute("ANALYZE");
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theRunsQuestionSeeksTheFlaggedCompanies() throws NoSuchMethodException {
        String notThisTime = RunScope.class.getMethod("notThisTime", String.class).getAnnotation(SqlQuery.class).value();

        assertThat(plan(notThisTime, false)).contains(SEEK);
    }

    @Test
    void theWatchTurnsQuestionSeeksTheFlaggedCompanies() {
        assertThat(plan(IdleChecks.workWaitingSql(false), false)).contains(SEEK);
        assertThat(plan(IdleChecks.workWaitingSql(true), true)).contains(SEEK);
    }

    @Test
    void comparedWithTheIntegerOneTheFlagIsReadEntryByEntry() {
        String byInteger = "SELECT c.id FROM company c WHERE c.skip_next_run = 1 AND EXISTS (SELECT 1 FROM account a"
                + " WHERE a.company_id = c.id AND a.integration = :integration) ORDER BY c.id";

        assertThat(plan(byInteger, false)).as("the pitfall these statements avoid").doesNotContain(SEEK);
    }

    private String plan(String sql, boolean admitted) {
        return store.jdbi().withHandle((Handle handle) -> {
            var explain = handle.createQuery("EXPLAIN " + sql).bind("integration", "main");
            if (admitted) {
                explain.bindList("admitted", List.of("DORMANT"));
            }
            return explain.mapTo(String.class).one();
        });
    }
}
