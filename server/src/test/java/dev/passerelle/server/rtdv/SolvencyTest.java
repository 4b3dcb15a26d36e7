package dev.passerelle.server.rtdv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.contract.v1.GetSolvency;
import dev.passerelle.contract.v1.RiskAction;
import dev.passerelle.contract.v1.Solvency;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SolvencyTest {

    private static RtdvFixture fixture;
    private static Solvency dupont;

    @BeforeAll
    static void start() throws Exception {
        fixture = new RtdvFixture();
        dupont = solvencyOf("DUPONT");
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static Solvency solvencyOf(String code) throws Exception {
        GetSolvency request = new GetSolvency();
        request.setAccountKey(fixture.accountKey(code));
        return fixture.client.getSolvency(request).getSolvency();
    }

    /** Dupont SA, by hand; today is 2026-06-15. */
    static Stream<Arguments> dupontFigures() {
        return Stream.of(
                Arguments.argumentSet("accounting balance: debits minus credits of every entry, lettered or not",
                        figure(Solvency::getAccountingBalance), "1474.00"), // 840-840+294+600-500-120+1200
                Arguments.argumentSet("open orders: gross of orders still on file", figure(Solvency::getOpenOrders), "2400.00"),
                Arguments.argumentSet("open delivery notes: gross of delivery notes still on file",
                        figure(Solvency::getOpenDeliveryNotes), "480.00"),
                Arguments.argumentSet("unposted invoices: gross of invoices not posted (FA004)",
                        figure(Solvency::getUnpostedInvoices), "360.00"),
                Arguments.argumentSet("commercial balance: accounting balance plus the three above",
                        figure(Solvency::getCommercialBalance), "4714.00"),
                Arguments.argumentSet("credit limit as set on the account", figure(Solvency::getCreditLimit), "10000.00"),
                Arguments.argumentSet("available credit: limit minus commercial balance",
                        figure(Solvency::getCreditAvailable), "5286.00"),
                Arguments.argumentSet("overdue: FA001 unpaid (294) plus what FA002 still owes (600-500); FA003 not due yet",
                        figure(Solvency::getOverdueAmount), "394.00"));
    }

    private static Function<Solvency, BigDecimal> figure(Function<Solvency, BigDecimal> getter) {
        return getter;
    }

    @ParameterizedTest
    @MethodSource("dupontFigures")
    void answersEachFigureByTheErpRules(Function<Solvency, BigDecimal> figure, String expected) {
        assertThat(figure.apply(dupont)).isEqualByComparingTo(expected);
    }

    @Test
    void namesTheAccountItsCurrencyAndItsRiskCodeWithLabelAndAction() {
        assertThat(dupont.getAccountKey()).isEqualTo(fixture.accountKey("DUPONT"));
        assertThat(dupont.getAccountCode()).isEqualTo("DUPONT");
        assertThat(dupont.getCurrency()).isEqualTo("EUR");
        assertThat(dupont.getRiskCode()).isEqualTo("WATCH");
        assertThat(dupont.getRiskLabel()).isEqualTo("Under watch");
        assertThat(dupont.getRiskAction()).isEqualTo(RiskAction.MONITOR);
        assertThat(dupont.getAsOf()).isEqualTo(OffsetDateTime.parse("2026-06-15T10:00:00Z"));
    }

    @Test
    void anAccountWithoutHistoryLimitOrRiskAnswersZerosAndLeavesTheOptionalFiguresOut() throws Exception {
        Solvency empty = solvencyOf("EMPTY");

        assertThat(empty.getCurrency()).isEqualTo("GBP");
        assertThat(Stream.of(empty.getAccountingBalance(), empty.getOpenOrders(), empty.getOpenDeliveryNotes(),
                empty.getUnpostedInvoices(), empty.getCommercialBalance(), empty.getOverdueAmount()))
                .allSatisfy(amount -> assertThat(amount).isEqualByComparingTo("0"));
        assertThat(empty.getCreditLimit()).isNull();
        assertThat(empty.getCreditAvailable()).isNull();
        assertThat(empty.getRiskCode()).isNull();
        assertThat(empty.getRiskAction()).isNull();
    }

    @Test
    void overdueSubtractsOnlyTheUnletteredPaymentsOfTheSameDocumentNumberAndNeverGoesBelowZeroPerEntry() throws Exception {
        fixture.server.database().jdbi().useTransaction(handle -> {
            handle.execute("INSERT INTO account (account_type, code, name, currency, accounting_category, price_category,"
                    + " language_code) VALUES ('CUSTOMER', 'EDGES', N'Edges', 'EUR', 'NATIONAL', 'RETAIL', 'FR')");
            String entry = "INSERT INTO ledger_entry (account_id, journal, entry_date, piece, document_number, label, debit,"
                    + " credit, due_date, lettering) SELECT id, 'VTE', '2026-01-01', 'P', ?, N'L', ?, ?, ?, ? FROM account"
                    + " WHERE code = 'EDGES'";
            // X1 paid more than it owes: nothing overdue, and the excess owes nothing to the others.
            handle.execute(entry, "X1", 100, 0, "2026-02-01", null);
            handle.execute(entry, "X1", 0, 150, null, null);
            // No document number: no payment is its own, not even one without a number.
            handle.execute(entry, null, 200, 0, "2026-02-01", null);
            handle.execute(entry, null, 0, 70, null, null);
            // X2: two unlettered payments count, a lettered one does not.
            handle.execute(entry, "X2", 300, 0, "2026-02-01", null);
            handle.execute(entry, "X2", 0, 100, null, null);
            handle.execute(entry, "X2", 0, 50, null, null);
            handle.execute(entry, "X2", 0, 300, null, "B");
            // X3 is not due yet.
            handle.execute(entry, "X3", 80, 0, "2026-07-01", null);
        });

        assertThat(solvencyOf("EDGES").getOverdueAmount()).isEqualByComparingTo("350.00"); // 0 + 200 + (300-100-50)
    }
}
