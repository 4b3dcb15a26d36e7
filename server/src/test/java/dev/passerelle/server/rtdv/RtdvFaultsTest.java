package dev.passerelle.server.rtdv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.passerelle.contract.v1.FieldError;
import dev.passerelle.contract.v1.FieldErrorCode;
import dev.passerelle.contract.v1.GetDocument;
import dev.passerelle.contract.v1.GetDocumentLines;
import dev.passerelle.contract.v1.GetDocuments;
import dev.passerelle.contract.v1.GetInvoices;
import dev.passerelle.contract.v1.GetLedgerEntries;
import dev.passerelle.contract.v1.GetSolvency;
import dev.passerelle.contract.v1.GetTotals;
import dev.passerelle.contract.v1.InvalidRequestFault;
import dev.passerelle.contract.v1.PasserellePortType;
import dev.passerelle.contract.v1.UnknownRecordFault;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RtdvFaultsTest {

    private static RtdvFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new RtdvFixture();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    /** Calls one account operation for a key. */
    interface AccountCall {
        void call(PasserellePortType client, String key) throws Exception;
    }

    static Stream<Arguments> accountOperations() {
        return Stream.of(
                Arguments.argumentSet("GetSolvency", (AccountCall) (client, key) -> {
                    GetSolvency request = new GetSolvency();
                    request.setAccountKey(key);
                    client.getSolvency(request);
                }),
                Arguments.argumentSet("GetTotals", (AccountCall) (client, key) -> {
                    GetTotals request = new GetTotals();
                    request.setAccountKey(key);
                    client.getTotals(request);
                }),
                Arguments.argumentSet("GetInvoices", (AccountCall) (client, key) -> {
                    GetInvoices request = new GetInvoices();
                    request.setAccount(RtdvFixture.accountOfKey(key));
                    client.getInvoices(request);
                }),
                Arguments.argumentSet("GetLedgerEntries", (AccountCall) (client, key) -> {
                    GetLedgerEntries request = new GetLedgerEntries();
                    request.setAccountKey(key);
                    client.getLedgerEntries(request);
                }),
                Arguments.argumentSet("GetDocuments", (AccountCall) (client, key) -> {
                    GetDocuments request = new GetDocuments();
                    request.setAccount(RtdvFixture.accountOfKey(key));
                    client.getDocuments(request);
                }),
                Arguments.argumentSet("GetDocumentLines", (AccountCall) (client, key) -> {
                    GetDocumentLines request = new GetDocumentLines();
                    request.setAccount(RtdvFixture.accountOfKey(key));
                    client.getDocumentLines(request);
                }));
    }

    @ParameterizedTest
    @MethodSource("accountOperations")
    void anUnknownAccountKeyAnswersTheUnknownRecordFault(AccountCall operation) {
        Throwable thrown = catchThrowable(() -> operation.call(fixture.client, "987654321"));

        assertThat(thrown).isInstanceOfSatisfying(UnknownRecordFault.class, fault -> {
            assertThat(fault.getFaultInfo().getEntity()).isEqualTo("account");
            assertThat(fault.getFaultInfo().getKey()).isEqualTo("987654321");
        });
    }

    @ParameterizedTest
    @MethodSource("accountOperations")
    void aSupplierAccountAnswersTheUnknownRecordFaultBecauseOnlyCustomersHaveRtdv(AccountCall operation) {
        String supplier = fixture.accountKey("FOURN");

        assertThat(catchThrowable(() -> operation.call(fixture.client, supplier))).isInstanceOf(UnknownRecordFault.class);
    }

    @ParameterizedTest
    @MethodSource("accountOperations")
    void aKeyThisErpNeverIssuesAnswersTheUnknownRecordFault(AccountCall operation) {
        assertThat(catchThrowable(() -> operation.call(fixture.client, "ACC-1"))).isInstanceOf(UnknownRecordFault.class);
    }

    @ParameterizedTest
    @MethodSource("accountOperations")
    void aMissingAccountKeyIsAnInvalidRequest(AccountCall operation) {
        assertThat(catchThrowable(() -> operation.call(fixture.client, null))).isInstanceOf(InvalidRequestFault.class);
    }

    @Test
    void aSupplierDocumentOrAnUnknownDocumentAnswersTheUnknownRecordFault() {
        for (String key : new String[] {fixture.documentKey("CF001"), "987654321", "X"}) {
            GetDocument request = new GetDocument();
            request.setDocumentKey(key);

            Throwable thrown = catchThrowable(() -> fixture.client.getDocument(request));

            assertThat(thrown).as(key).isInstanceOfSatisfying(UnknownRecordFault.class,
                    fault -> assertThat(fault.getFaultInfo().getEntity()).isEqualTo("document"));
        }
    }

    static Stream<Arguments> invalidInvoiceRequests() {
        return Stream.of(
                Arguments.argumentSet("page size above the published limit", RtdvFixture.page(1, RtdvFixture.MAX_PAGE_SIZE + 1),
                        null, null, "page.pageSize", FieldErrorCode.OUT_OF_RANGE),
                Arguments.argumentSet("page size zero", RtdvFixture.page(1, 0), null, null, "page.pageSize",
                        FieldErrorCode.OUT_OF_RANGE),
                Arguments.argumentSet("page number zero", RtdvFixture.page(0, 10), null, null, "page.pageNumber",
                        FieldErrorCode.OUT_OF_RANGE),
                Arguments.argumentSet("period ending before it starts", null, RtdvFixture.range("2026-02-01", "2026-01-01"),
                        null, "period", FieldErrorCode.OUT_OF_RANGE),
                Arguments.argumentSet("blank name prefix", null, null, "  ", "account.namePrefix",
                        FieldErrorCode.INVALID_FORMAT));
    }

    @ParameterizedTest
    @MethodSource("invalidInvoiceRequests")
    void aBadPageOrFilterIsAnInvalidRequestNamingTheField(dev.passerelle.contract.v1.PageRequest page,
            dev.passerelle.contract.v1.DateRange period, String namePrefix, String field, FieldErrorCode code) {
        GetInvoices request = new GetInvoices();
        request.setAccount(fixture.account("DUPONT", namePrefix));
        request.setPage(page);
        request.setPeriod(period);

        Throwable thrown = catchThrowable(() -> fixture.client.getInvoices(request));

        assertThat(thrown).isInstanceOfSatisfying(InvalidRequestFault.class, fault ->
                assertThat(fault.getFaultInfo().getFieldError()).extracting(FieldError::getField, FieldError::getCode)
                        .containsExactly(org.assertj.core.api.Assertions.tuple(field, code)));
    }

    @Test
    void theLargestAllowedPageIsAccepted() throws Exception {
        GetInvoices request = new GetInvoices();
        request.setAccount(fixture.account("DUPONT"));
        request.setPage(RtdvFixture.page(1, RtdvFixture.MAX_PAGE_SIZE));

        assertThat(fixture.client.getInvoices(request).getPageInfo().getPageSize()).isEqualTo(RtdvFixture.MAX_PAGE_SIZE);
    }
}
