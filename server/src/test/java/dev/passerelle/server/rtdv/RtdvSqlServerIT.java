package dev.passerelle.server.rtdv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.passerelle.contract.v1.DocumentHeader;
import dev.passerelle.contract.v1.GetDocumentLines;
import dev.passerelle.contract.v1.GetDocuments;
import dev.passerelle.contract.v1.GetInvoices;
import dev.passerelle.contract.v1.GetSolvency;
import dev.passerelle.contract.v1.GetTotals;
import dev.passerelle.contract.v1.Invoice;
import dev.passerelle.contract.v1.Solvency;
import dev.passerelle.server.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The RTDV statements on SQL Server, same data set and hand-computed figures as the H2 tests. Runs
 * under failsafe with {@code -Dpasserelle.it.mssql.url=jdbc:sqlserver://...} (credentials in the URL);
 * skipped otherwise.
 */
class RtdvSqlServerIT {

    private static RtdvFixture fixture;

    @BeforeAll
    static void start() {
        String url = System.getProperty("passerelle.it.mssql.url", "");
        assumeTrue(!url.isBlank(), "no SQL Server given (-Dpasserelle.it.mssql.url=jdbc:sqlserver://...): RTDV on SQL Server skipped");
        fixture = new RtdvFixture(TestServers.settings().jdbcUrl(url), true);
    }

    @AfterAll
    static void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void solvencyFiguresMatchTheHandComputedOnes() throws Exception {
        GetSolvency request = new GetSolvency();
        request.setAccountKey(fixture.accountKey("DUPONT"));

        Solvency solvency = fixture.client.getSolvency(request).getSolvency();

        assertThat(solvency.getAccountingBalance()).isEqualByComparingTo("1474.00");
        assertThat(solvency.getCommercialBalance()).isEqualByComparingTo("4714.00");
        assertThat(solvency.getOverdueAmount()).isEqualByComparingTo("394.00");
        assertThat(solvency.getCreditAvailable()).isEqualByComparingTo("5286.00");
    }

    @Test
    void totalsAndRevenueMatchTheHandComputedOnes() throws Exception {
        GetTotals request = new GetTotals();
        request.setAccountKey(fixture.accountKey("DUPONT"));

        var totals = fixture.client.getTotals(request);

        assertThat(totals.getTotal()).hasSize(5);
        assertThat(totals.getRevenueThisYear()).isEqualByComparingTo("1700.00");
        assertThat(totals.getRevenueLastYear()).isEqualByComparingTo("245.00");
    }

    @Test
    void pagedInvoicesComeNewestFirstWithTheirTotal() throws Exception {
        GetInvoices request = new GetInvoices();
        request.setAccount(fixture.account("DUPONT"));
        request.setPage(RtdvFixture.page(2, 2));

        var answer = fixture.client.getInvoices(request);

        assertThat(answer.getInvoice()).extracting(Invoice::getNumber).containsExactly("AV001", "FA002");
        assertThat(answer.getPageInfo().getTotalCount()).isEqualTo(6);
    }

    @Test
    void searchAndPrefixTakeWildcardsAndBracketsLiterally() throws Exception {
        GetDocuments search = new GetDocuments();
        search.setAccount(fixture.account("DUPONT"));
        search.setSearch("0%");
        GetDocuments bracket = new GetDocuments();
        bracket.setAccount(fixture.account("DUPONT"));
        bracket.setSearch("[a-z]");
        GetDocumentLines generic = new GetDocumentLines();
        generic.setAccount(fixture.account("DIVERS", "martin"));

        assertThat(fixture.client.getDocuments(search).getDocument()).extracting(DocumentHeader::getNumber).containsExactly("DE001");
        assertThat(fixture.client.getDocuments(bracket).getDocument()).isEmpty();
        assertThat(fixture.client.getDocumentLines(generic).getLine()).hasSize(3);
    }
}
