package dev.passerelle.server.rtdv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.passerelle.contract.v1.DateRange;
import dev.passerelle.contract.v1.GetInvoices;
import dev.passerelle.contract.v1.GetInvoicesResponse;
import dev.passerelle.contract.v1.Invoice;
import dev.passerelle.contract.v1.PageRequest;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvoicesTest {

    private static RtdvFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new RtdvFixture();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static GetInvoicesResponse invoices(DateRange period, Boolean unpaidOnly, PageRequest page) throws Exception {
        GetInvoices request = new GetInvoices();
        request.setAccount(fixture.account("DUPONT"));
        request.setPeriod(period);
        request.setUnpaidOnly(unpaidOnly);
        request.setPage(page);
        return fixture.client.getInvoices(request);
    }

    @Test
    void listsInvoicesAndCreditNotesNewestFirstWithPaidAndRemainingAmounts() throws Exception {
        GetInvoicesResponse answer = invoices(null, null, null);

        assertThat(answer.getInvoice())
                .extracting(Invoice::getNumber, Invoice::isPosted, invoice -> invoice.getGrossAmount().intValue(),
                        invoice -> invoice.getPaidAmount().intValue(), invoice -> invoice.getRemainingAmount().intValue())
                .containsExactly(
                        tuple("FA004", false, 360, 0, 360),
                        tuple("FA003", true, 1200, 0, 1200),
                        tuple("AV001", true, -120, 0, -120),
                        tuple("FA002", true, 600, 500, 100),
                        tuple("FA001", true, 294, 0, 294),
                        tuple("FAOLD", true, 840, 840, 0));
        assertThat(answer.getPageInfo().getTotalCount()).isEqualTo(6);
        assertThat(answer.getPageInfo().getPageSize()).isEqualTo(50);
        assertThat(answer.getPageInfo().isMore()).isFalse();
    }

    @Test
    void anInvoiceCarriesItsKeyDatesCurrencyAndNetAmount() throws Exception {
        Invoice fa002 = invoices(RtdvFixture.range("2026-03-01", "2026-03-01"), null, null).getInvoice().get(0);

        assertThat(fa002.getDocumentKey()).isEqualTo(fixture.documentKey("FA002"));
        assertThat(fa002.getDate()).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(fa002.getDueDate()).isEqualTo(LocalDate.parse("2026-03-31"));
        assertThat(fa002.getCurrency()).isEqualTo("EUR");
        assertThat(fa002.getNetAmount()).isEqualByComparingTo("500.00");
    }

    @Test
    void unpaidOnlyLeavesOutWhatIsSettled() throws Exception {
        assertThat(invoices(null, true, null).getInvoice()).extracting(Invoice::getNumber)
                .containsExactly("FA004", "FA003", "AV001", "FA002", "FA001");
    }

    @ParameterizedTest(name = "{0}..{1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "2026-01-01 | 2026-03-31 | FA002",
        "2026-06-01 | -          | FA004 FA003",
        "-          | 2025-11-10 | FA001 FAOLD",
        "2026-04-01 | 2026-04-01 | AV001",
        "2023-01-01 | 2023-12-31 | ''"})
    void aPeriodKeepsTheInvoicesDatedInsideItBothEndsIncluded(String from, String to, String numbers) throws Exception {
        assertThat(invoices(RtdvFixture.range(from, to), null, null).getInvoice()).extracting(Invoice::getNumber)
                .containsExactly(numbers.isEmpty() ? new String[0] : numbers.split(" "));
    }

    @ParameterizedTest(name = "page {0} of {1}")
    @CsvSource(delimiter = '|', value = {
        "1 | 2 | FA004 FA003 | true",
        "2 | 2 | AV001 FA002 | true",
        "3 | 2 | FA001 FAOLD | false",
        "4 | 2 | ''          | false",
        "1 | 6 | FA004 FA003 AV001 FA002 FA001 FAOLD | false"})
    void pagesCutTheNewestFirstListAndTellTheTotal(int number, int size, String numbers, boolean more) throws Exception {
        GetInvoicesResponse answer = invoices(null, null, RtdvFixture.page(number, size));

        assertThat(answer.getInvoice()).extracting(Invoice::getNumber)
                .containsExactly(numbers.isEmpty() ? new String[0] : numbers.split(" "));
        assertThat(answer.getPageInfo().getPageNumber()).isEqualTo(number);
        assertThat(answer.getPageInfo().getPageSize()).isEqualTo(size);
        assertThat(answer.getPageInfo().getTotalCount()).isEqualTo(6);
        assertThat(answer.getPageInfo().isMore()).isEqualTo(more);
    }
}
