package dev.passerelle.contracttests.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.passerelle.contract.v1.AccountQuery;
import dev.passerelle.contract.v1.GetDocument;
import dev.passerelle.contract.v1.GetDocumentLines;
import dev.passerelle.contract.v1.GetDocumentResponse;
import dev.passerelle.contract.v1.GetDocuments;
import dev.passerelle.contract.v1.GetDocumentsResponse;
import dev.passerelle.contract.v1.GetInvoices;
import dev.passerelle.contract.v1.GetLedgerEntries;
import dev.passerelle.contract.v1.GetSolvency;
import dev.passerelle.contract.v1.GetTotals;
import dev.passerelle.contract.v1.UnknownRecordFaultInfo;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real-time queries, run on a customer of the target ERP (one with documents when there is one),
 * answer the response wrapper with HTTP 200, valid against the XSD; on a key the ERP does not have
 * they answer UnknownRecordFault, never an internal error.
 */
@ExtendWith(ConformanceExtension.class)
class RtdvConformanceTest {

    private static final String UNKNOWN_ACCOUNT = "ACC-CONFORMANCE-UNKNOWN";

    private static String customer;
    private static String document;

    static Stream<Arguments> accountQueries() {
        return Stream.of(
                query("GetSolvency", key -> {
                    GetSolvency request = new GetSolvency();
                    request.setAccountKey(key);
                    return request;
                }),
                query("GetTotals", key -> {
                    GetTotals request = new GetTotals();
                    request.setAccountKey(key);
                    return request;
                }),
                query("GetInvoices", key -> {
                    GetInvoices request = new GetInvoices();
                    request.setAccount(accountQuery(key));
                    return request;
                }),
                query("GetLedgerEntries", key -> {
                    GetLedgerEntries request = new GetLedgerEntries();
                    request.setAccountKey(key);
                    return request;
                }),
                query("GetDocuments", RtdvConformanceTest::documentsOf),
                query("GetDocumentLines", key -> {
                    GetDocumentLines request = new GetDocumentLines();
                    request.setAccount(accountQuery(key));
                    return request;
                }));
    }

    @BeforeAll
    static void findACustomerWithDocuments(ConformanceTarget target) {
        Conversation conversation = new Conversation(target);
        customer = conversation.someCustomer();
        GetDocumentsResponse documents = conversation.caller().call(documentsOf(customer)).answer(GetDocumentsResponse.class);
        document = documents.getDocument().isEmpty() ? null : documents.getDocument().get(0).getDocumentKey();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accountQueries")
    void queryOnACustomerAnswersAValidResponse(Function<String, Object> request, ConformanceTarget target) {
        Object answer = target.caller().call(request.apply(customer)).answer(Object.class);

        assertThat(answer.getClass().getSimpleName()).isEqualTo(request.apply(customer).getClass().getSimpleName() + "Response");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accountQueries")
    void queryOnAnUnknownAccountAnswersUnknownRecordFault(Function<String, Object> request, ConformanceTarget target) {
        UnknownRecordFaultInfo info = target.caller().call(request.apply(UNKNOWN_ACCOUNT)).fault(UnknownRecordFaultInfo.class);

        assertThat(info.getKey()).isEqualTo(UNKNOWN_ACCOUNT);
    }

    @Test
    void documentOfTheCustomerIsAnsweredWithItsHeader(ConformanceTarget target) {
        assumeTrue(document != null, "the customer found has no document to ask for");
        GetDocument request = new GetDocument();
        request.setDocumentKey(document);

        GetDocumentResponse answer = target.caller().call(request).answer(GetDocumentResponse.class);

        assertThat(answer.getAccountKey()).isEqualTo(customer);
        assertThat(answer.getHeader().getDocumentKey()).isEqualTo(document);
    }

    @Test
    void unknownDocumentAnswersUnknownRecordFault(ConformanceTarget target) {
        GetDocument request = new GetDocument();
        request.setDocumentKey("DOC-CONFORMANCE-UNKNOWN");

        assertThat(target.caller().call(request).fault(UnknownRecordFaultInfo.class).getKey()).isEqualTo("DOC-CONFORMANCE-UNKNOWN");
    }

    private static GetDocuments documentsOf(String accountKey) {
        GetDocuments request = new GetDocuments();
        request.setAccount(accountQuery(accountKey));
        return request;
    }

    private static Arguments query(String name, Function<String, Object> request) {
        return Arguments.of(Named.of(name, request));
    }

    private static AccountQuery accountQuery(String key) {
        AccountQuery query = new AccountQuery();
        query.setAccountKey(key);
        return query;
    }
}
