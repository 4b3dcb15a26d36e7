package dev.passerelle.server.rtdv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.passerelle.contract.v1.DateRange;
import dev.passerelle.contract.v1.DocumentType;
import dev.passerelle.contract.v1.DocumentTypeTotal;
import dev.passerelle.contract.v1.GetTotals;
import dev.passerelle.contract.v1.GetTotalsResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TotalsTest {

    private static RtdvFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new RtdvFixture();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static GetTotalsResponse totals(String code, DateRange period) throws Exception {
        GetTotals request = new GetTotals();
        request.setAccountKey(fixture.accountKey(code));
        request.setPeriod(period);
        return fixture.client.getTotals(request);
    }

    private static String plain(java.math.BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    @Test
    void withoutPeriodSumsTheLinesOfTheCurrentCalendarYearByDocumentType() throws Exception {
        GetTotalsResponse totals = totals("DUPONT", null);

        assertThat(totals.getPeriod().getFrom()).isEqualTo(LocalDate.parse("2026-01-01"));
        assertThat(totals.getPeriod().getTo()).isEqualTo(LocalDate.parse("2026-12-31"));
        assertThat(totals.getCurrency()).isEqualTo("EUR");
        // FAOLD (2024) and FA001 (2025) are outside; DE001 and DE002 are both quotes of May.
        assertThat(totals.getTotal())
                .extracting(DocumentTypeTotal::getDocumentType, DocumentTypeTotal::getDocumentCount,
                        total -> plain(total.getNetAmount()), total -> plain(total.getGrossAmount()))
                .containsExactly(
                        tuple(DocumentType.QUOTE, 2, "5010", "6012"),
                        tuple(DocumentType.ORDER, 1, "2000", "2400"),
                        tuple(DocumentType.DELIVERY_NOTE, 1, "400", "480"),
                        tuple(DocumentType.INVOICE, 3, "1800", "2160"),
                        tuple(DocumentType.CREDIT_NOTE, 1, "100", "120"));
    }

    @Test
    void revenueIsNetInvoicedMinusCreditNotesForThisYearAndLastWhateverThePeriod() throws Exception {
        GetTotalsResponse current = totals("DUPONT", null);
        GetTotalsResponse older = totals("DUPONT", RtdvFixture.range("2024-01-01", "2024-12-31"));

        // 2026: FA002 500 + FA003 1000 + FA004 300 - AV001 100; 2025: FA001 200 + 45.
        assertThat(current.getRevenueThisYear()).isEqualByComparingTo("1700.00");
        assertThat(current.getRevenueLastYear()).isEqualByComparingTo("245.00");
        assertThat(older.getRevenueThisYear()).isEqualByComparingTo("1700.00");
        assertThat(older.getRevenueLastYear()).isEqualByComparingTo("245.00");
    }

    @Test
    void anExplicitPeriodCountsOnlyTheDocumentsDatedInsideItBothEndsIncluded() throws Exception {
        GetTotalsResponse totals = totals("DUPONT", RtdvFixture.range("2024-12-20", "2025-11-10"));

        assertThat(totals.getTotal())
                .extracting(DocumentTypeTotal::getDocumentType, DocumentTypeTotal::getDocumentCount)
                .containsExactly(tuple(DocumentType.INVOICE, 2));
        assertThat(totals.getTotal().get(0).getNetAmount()).isEqualByComparingTo("945.00");
        assertThat(totals.getTotal().get(0).getGrossAmount()).isEqualByComparingTo("1134.00");
    }

    @Test
    void anAccountWithoutDocumentsAnswersNoTotalsAndZeroRevenue() throws Exception {
        GetTotalsResponse totals = totals("EMPTY", null);

        assertThat(totals.getTotal()).isEmpty();
        assertThat(totals.getCurrency()).isEqualTo("GBP");
        assertThat(totals.getRevenueThisYear()).isEqualByComparingTo("0");
        assertThat(totals.getRevenueLastYear()).isEqualByComparingTo("0");
    }
}
