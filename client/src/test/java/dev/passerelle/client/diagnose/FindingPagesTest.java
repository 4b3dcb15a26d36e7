package dev.passerelle.client.diagnose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passerelle.client.ErpFixture;
import dev.passerelle.client.admin.Paged;
import dev.passerelle.client.run.EngineException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The diagnostics a page at a time are the full listing cut into pages: the same findings in the same
 * order, for every page size and every kind, counted in SQL.
 */
class FindingPagesTest {

    private ErpFixture fixture;
    private Diagnostics diagnostics;

    @BeforeEach
    void storeWithFindingsOfManyKinds() {
        fixture = ErpFixture.start(40);
        fixture.sync();
        fixture.crmSql().useHandle(handle -> {
            List<Long> accounts = handle.createQuery("SELECT id FROM account ORDER BY id").mapTo(Long.class).list();
            // accounts 0-4 lose their company (unmatched accounts; their companies become unlinked customers)
            for (long id : accounts.subList(0, 5)) {
                handle.execute("UPDATE account SET company_id = NULL WHERE id = ?", id);
            }
            for (long id : accounts.subList(5, 9)) {
                handle.execute("UPDATE account SET account_code = N'[PENDING]' WHERE id = ?", id);
            }
            for (long id : accounts.subList(9, 12)) {
                handle.execute("UPDATE account SET erp_deleted = 1 WHERE id = ?", id);
            }
            handle.execute("UPDATE company SET never_sync = 1 WHERE id IN (SELECT company_id FROM account WHERE id IN (?, ?))",
                    accounts.get(20), accounts.get(21));
            // the error queue: two rejected, one the ERP no longer knows, one stopped
            String[][] queued = {{"REJECTED", "0"}, {"NOT_FOUND", "0"}, {"REJECTED", "1"}, {"REJECTED", "0"}};
            for (int row = 0; row < queued.length; row++) {
                long crmId = accounts.get(25 + row);
                handle.execute("INSERT INTO outbox (integration, entity, crm_id, operation, state, created_at, updated_at)"
                        + " VALUES (N'main', N'ACCOUNT', ?, N'UPDATE', N'ERROR', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", crmId);
                long outboxId = handle.createQuery("SELECT MAX(id) FROM outbox").mapTo(Long.class).one();
                handle.execute("INSERT INTO error_queue (outbox_id, integration, entity, crm_id, status, field_errors, attempts,"
                        + " stopped, first_at, last_at) VALUES (?, N'main', N'ACCOUNT', ?, ?, N'name: too long', 1, ?,"
                        + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", outboxId, crmId, queued[row][0], queued[row][1].equals("1"));
            }
        });
        diagnostics = fixture.engine.diagnostics();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void pagesOfEverySizeAreTheFullListingCutIntoPieces() {
        List<Finding> all = diagnostics.findings();
        assertThat(all).extracting(Finding::kind).contains(FindingKind.UNLINKED_COMPANY, FindingKind.UNMATCHED_ACCOUNT,
                FindingKind.CODE_TO_TYPE, FindingKind.REJECTED, FindingKind.STOPPED, FindingKind.UNKNOWN_TO_ERP,
                FindingKind.DELETED_IN_ERP, FindingKind.NEVER_SYNC);

        for (int size : new int[] {1, 3, 7, all.size(), 500}) {
            assertThat(readPageByPage(null, size)).as("pages of " + size).isEqualTo(all);
        }
    }

    @Test
    void pagesOfOneKindAreThatKindsFindingsInTheSameOrder() {
        List<Finding> all = diagnostics.findings();
        for (FindingKind kind : FindingKind.values()) {
            List<Finding> ofKind = all.stream().filter(finding -> finding.kind() == kind).toList();

            assertThat(readPageByPage(kind, 2)).as(kind.name()).isEqualTo(ofKind);
            assertThat(diagnostics.page(kind, 0, 2).total()).as(kind.name()).isEqualTo(ofKind.size());
        }
    }

    @Test
    void aPagePastTheEndIsEmptyAndABadPageIsRefused() {
        long total = diagnostics.findings().size();

        Paged<Finding> past = diagnostics.page(null, (int) total + 5, 10);

        assertThat(past.rows()).isEmpty();
        assertThat(past.total()).isEqualTo(total);
        assertThatThrownBy(() -> diagnostics.page(null, -1, 10)).isInstanceOf(EngineException.BadRequest.class);
        assertThatThrownBy(() -> diagnostics.page(null, 0, Diagnostics.MAX_PAGE + 1)).isInstanceOf(EngineException.BadRequest.class);
    }

    private List<Finding> readPageByPage(FindingKind kind, int size) {
        List<Finding> read = new ArrayList<>();
        Paged<Finding> page;
        int offset = 0;
        do {
            page = diagnostics.page(kind, offset, size);
            assertThat(page.rows().size()).isLessThanOrEqualTo(size);
            read.addAll(page.rows());
            offset += size;
        } while (page.hasNext());
        return read;
    }
}
