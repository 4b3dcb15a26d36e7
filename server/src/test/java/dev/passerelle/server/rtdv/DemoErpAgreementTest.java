package dev.passerelle.server.rtdv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.contract.v1.GetSolvency;
import dev.passerelle.contract.v1.GetTotals;
import dev.passerelle.contract.v1.GetTotalsResponse;
import dev.passerelle.contract.v1.PasserellePortType;
import dev.passerelle.server.ErpServer;
import dev.passerelle.server.TestServers;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On the generated demo ERP, the live figures agree with what the ERP keeps by other ways: revenue
 * with the replicated figures, the ledger's overdue amount with the unpaid part of posted invoices
 * past their due date.
 */
class DemoErpAgreementTest {

    private static final Clock CLOCK = Clock.systemDefaultZone();

    private static ErpServer server;
    private static PasserellePortType client;
    private static List<Map<String, Object>> customers;

    @BeforeAll
    static void start() {
        server = ErpServer.start(TestServers.settings().demoAccounts(120).clock(CLOCK).build());
        client = TestServers.client(server, TestServers.RTDV_USER, TestServers.RTDV_PASSWORD);
        customers = server.database().jdbi().withHandle(handle -> handle.createQuery("SELECT a.id, f.revenue_this_year,"
                        + " f.revenue_last_year FROM account a JOIN account_figures f ON f.account_id = a.id"
                        + " WHERE a.account_type = 'CUSTOMER' ORDER BY a.id")
                .mapToMap().list());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void revenueThisYearAndLastEqualsTheReplicatedFiguresOfEveryCustomer() throws Exception {
        assertThat(customers).hasSizeGreaterThan(50);
        for (Map<String, Object> customer : customers) {
            GetTotals request = new GetTotals();
            request.setAccountKey(customer.get("id").toString());

            GetTotalsResponse totals = client.getTotals(request);

            assertThat(totals.getRevenueThisYear()).as("account %s this year", customer.get("id"))
                    .isEqualByComparingTo((BigDecimal) customer.get("revenue_this_year"));
            assertThat(totals.getRevenueLastYear()).as("account %s last year", customer.get("id"))
                    .isEqualByComparingTo((BigDecimal) customer.get("revenue_last_year"));
        }
    }

    @Test
    void overdueFromTheLedgerEqualsTheUnpaidPartOfPostedInvoicesPastTheirDueDate() throws Exception {
        LocalDate today = LocalDate.now(CLOCK);
        int withOverdue = 0;
        for (Map<String, Object> customer : customers) {
            long id = ((Number) customer.get("id")).longValue();
            BigDecimal expected = server.database().jdbi().withHandle(handle -> handle.createQuery("SELECT"
                            + " COALESCE(SUM(gross_amount - paid_amount), 0) FROM document WHERE account_id = :account"
                            + " AND doc_type = 'INVOICE' AND posted = 1 AND due_date < :today")
                    .bind("account", id).bind("today", today).mapTo(BigDecimal.class).one());
            GetSolvency request = new GetSolvency();
            request.setAccountKey(Long.toString(id));

            BigDecimal overdue = client.getSolvency(request).getSolvency().getOverdueAmount();

            assertThat(overdue).as("account %d", id).isEqualByComparingTo(expected);
            withOverdue += overdue.signum() > 0 ? 1 : 0;
        }
        assertThat(withOverdue).as("customers with something overdue").isGreaterThan(5);
    }
}
