package dev.passerelle.contracttests.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.passerelle.contract.v1.AccountQuery;
import dev.passerelle.contract.v1.GetDocument;
import dev.passerelle.contract.v1.GetDocumentLines;
import dev.passerelle.contract.v1.GetDocuments;
import dev.passerelle.contract.v1.GetInvoices;
import dev.passerelle.contract.v1.GetLedgerEntries;
import dev.passerelle.contract.v1.GetSolvency;
import dev.passerelle.contract.v1.GetTotals;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps {@link OwnEndpointGaps} honest: each operation listed there still answers the own endpoint's
 * InternalErrorFault. When one starts answering, this fails: remove it from the list so that the
 * kit checks it.
 */
@ExtendWith(ConformanceExtension.class)
class OwnEndpointGapsConformanceTest {

    private static final Map<String, Function<String, Object>> REQUESTS = Map.of(
            "GetSolvency", key -> {
                GetSolvency request = new GetSolvency();
                request.setAccountKey(key);
                return request;
            },
            "GetTotals", key -> {
                GetTotals request = new GetTotals();
                request.setAccountKey(key);
                return request;
            },
            "GetInvoices", key -> {
                GetInvoices request = new GetInvoices();
                request.setAccount(account(key));
                return request;
            },
            "GetLedgerEntries", key -> {
                GetLedgerEntries request = new GetLedgerEntries();
                request.setAccountKey(key);
                return request;
            },
            "GetDocuments", key -> {
                GetDocuments request = new GetDocuments();
                request.setAccount(account(key));
                return request;
            },
            "GetDocument", key -> {
                GetDocument request = new GetDocument();
                request.setDocumentKey("DOC-" + key);
                return request;
            },
            "GetDocumentLines", key -> {
                GetDocumentLines request = new GetDocumentLines();
                request.setAccount(account(key));
                return request;
            });

    static Stream<String> gaps() {
        return OwnEndpointGaps.NOT_YET_IMPLEMENTED.stream().sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gaps")
    void listedGapIsStillNotImplemented(String operation, ConformanceTarget target) {
        assumeTrue(target.knownGaps().contains(operation), "only the own endpoint has known gaps");
        String customer = new Conversation(target).someCustomer();

        Exchange exchange = target.caller().call(REQUESTS.get(operation).apply(customer));

        assertThat(exchange.isFault() && "InternalErrorFault".equals(exchange.envelope().faultDetail().getLocalName()))
                .as("%s answers now (%s): remove it from OwnEndpointGaps", operation, exchange.faultSummary())
                .isTrue();
    }

    private static AccountQuery account(String key) {
        AccountQuery query = new AccountQuery();
        query.setAccountKey(key);
        return query;
    }
}
