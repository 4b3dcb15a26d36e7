package dev.passerelle.server.rtdv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.passerelle.contract.v1.DateRange;
import dev.passerelle.contract.v1.GetDocumentLines;
import dev.passerelle.contract.v1.GetDocuments;
import dev.passerelle.contract.v1.GetInvoices;
import dev.passerelle.contract.v1.GetLedgerEntries;
import dev.passerelle.contract.v1.PageInfo;
import dev.passerelle.contract.v1.PageRequest;
import dev.passerelle.contract.v1.PasserellePortType;
import dev.passerelle.contract.v1.UnknownRecordFault;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The four list operations check the account in the statement of the page itself (PagedRows): an
 * account with nothing to list answers empty pages, never the unknown-record fault, and an unknown
 * account or a supplier answers that fault on every page, the first one and those past the end.
 */
class ListPagesTest {

    private static RtdvFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new RtdvFixture();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    /** What one list operation answered: its rows and its page. */
    record Answer(int rows, PageInfo pageInfo) {
    }

    /** Calls one list operation for an account key, a period and a page. */
    interface ListCall {
        Answer call(PasserellePortType client, String key, DateRange period, PageRequest page) throws Exception;
    }

    static Stream<Arguments> listOperations() {
        return Stream.of(
                Arguments.argumentSet("GetInvoices", (ListCall) (client, key, period, page) -> {
                    GetInvoices request = new GetInvoices();
                    request.setAccount(RtdvFixture.accountOfKey(key));
                    request.setPeriod(period);
                    request.setPage(page);
                    var answer = client.getInvoices(request);
                    return new Answer(answer.getInvoice().size(), answer.getPageInfo());
                }),
                Arguments.argumentSet("GetLedgerEntries", (ListCall) (client, key, period, page) -> {
                    GetLedgerEntries request = new GetLedgerEntries();
                    request.setAccountKey(key);
                    request.setPeriod(period);
                    request.setPage(page);
                    var answer = client.getLedgerEntries(request);
                    return new Answer(answer.getEntry().size(), answer.getPageInfo());
                }),
                Arguments.argumentSet("GetDocuments", (ListCall) (client, key, period, page) -> {
                    GetDocuments request = new GetDocuments();
                    request.setAccount(RtdvFixture.accountOfKey(key));
                    request.setPeriod(period);
                    request.setPage(page);
                    var answer = client.getDocuments(request);
                    return new Answer(answer.getDocument().size(), answer.getPageInfo());
                }),
                Arguments.argumentSet("GetDocumentLines", (ListCall) (client, key, period, page) -> {
                    GetDocumentLines request = new GetDocumentLines();
                    request.setAccount(RtdvFixture.accountOfKey(key));
                    request.setPeriod(period);
                    request.setPage(page);
                    var answer = client.getDocumentLines(request);
                    return new Answer(answer.getLine().size(), answer.getPageInfo());
                }));
    }

    @ParameterizedTest
    @MethodSource("listOperations")
    void aCustomerWithNothingToListAnswersAnEmptyFirstPageCountingZero(ListCall operation) throws Exception {
        Answer answer = operation.call(fixture.client, fixture.accountKey("EMPTY"), null, null);

        assertThat(answer.rows()).isZero();
        assertThat(answer.pageInfo().getTotalCount()).isZero();
        assertThat(answer.pageInfo().isMore()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("listOperations")
    void aPeriodWithNothingInItAnswersEmptyPagesCountingZeroFirstAndPastTheEnd(ListCall operation) throws Exception {
        String dupont = fixture.accountKey("DUPONT");
        DateRange before = RtdvFixture.range("1990-01-01", "1990-12-31");

        for (int number : new int[] {1, 3}) {
            Answer answer = operation.call(fixture.client, dupont, before, RtdvFixture.page(number, 2));

            assertThat(answer.rows()).as("page %d", number).isZero();
            assertThat(answer.pageInfo().getTotalCount()).as("page %d", number).isZero();
            assertThat(answer.pageInfo().getPageNumber()).isEqualTo(number);
        }
    }

    @ParameterizedTest
    @MethodSource("listOperations")
    void aPagePastTheEndStillCountsWhatTheAccountHas(ListCall operation) throws Exception {
        String dupont = fixture.accountKey("DUPONT");
        long total = operation.call(fixture.client, dupont, null, RtdvFixture.page(1, 1)).pageInfo().getTotalCount();

        Answer past = operation.call(fixture.client, dupont, null, RtdvFixture.page(1000, 1));

        assertThat(total).isPositive();
        assertThat(past.rows()).isZero();
        assertThat(past.pageInfo().getTotalCount()).isEqualTo(total);
        assertThat(past.pageInfo().isMore()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("listOperations")
    void anUnknownAccountOrASupplierIsAnUnknownRecordOnTheFirstPageAndPastTheEnd(ListCall operation) {
        for (String key : new String[] {"987654321", fixture.accountKey("FOURN")}) {
            for (int number : new int[] {1, 1000}) {
                Throwable thrown = catchThrowable(() -> operation.call(fixture.client, key, null, RtdvFixture.page(number, 5)));

                assertThat(thrown).as("%s, page %d", key, number).isInstanceOfSatisfying(UnknownRecordFault.class,
                        fault -> assertThat(fault.getFaultInfo().getKey()).isEqualTo(key));
            }
        }
    }
}
