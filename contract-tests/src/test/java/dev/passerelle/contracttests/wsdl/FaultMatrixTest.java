package dev.passerelle.contracttests.wsdl;

import static dev.passerelle.contracttests.support.Dom.WSDL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.contracttests.support.Dom;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which typed faults each operation declares, as the README says ("The contract, for integrators"): every call is
 * authenticated, authorised, validated and may fail internally; every call but GetServiceInfo may meet
 * maintenance; the real-time queries name a record that may not exist; only GetChanges takes a token.
 * A declared fault is a checked exception in generated clients, so this grid is part of the contract.
 */
class FaultMatrixTest {

    private static final List<String> EVERY_CALL = List.of(
            "AuthenticationFault", "AuthorisationFault", "InvalidRequestFault", "InternalErrorFault");

    static Stream<Arguments> faultsByOperation() {
        return Stream.of(
                Arguments.of("GetServiceInfo", EVERY_CALL),
                Arguments.of("GetChanges", with("ExpiredTokenFault", "UnavailableFault")),
                Arguments.of("ApplyChanges", with("UnavailableFault")),
                Arguments.of("GetSolvency", with("UnknownRecordFault", "UnavailableFault")),
                Arguments.of("GetTotals", with("UnknownRecordFault", "UnavailableFault")),
                Arguments.of("GetInvoices", with("UnknownRecordFault", "UnavailableFault")),
                Arguments.of("GetLedgerEntries", with("UnknownRecordFault", "UnavailableFault")),
                Arguments.of("GetDocuments", with("UnknownRecordFault", "UnavailableFault")),
                Arguments.of("GetDocument", with("UnknownRecordFault", "UnavailableFault")),
                Arguments.of("GetDocumentLines", with("UnknownRecordFault", "UnavailableFault")),
                Arguments.of("WaitForChanges", with("UnavailableFault")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faultsByOperation")
    void operationDeclaresExactlyTheFaultsItCanAnswer(String operation, List<String> faults) {
        List<String> declared = Dom.children(WsdlDocument.published().portTypeOperation(operation), WSDL, "fault").stream()
                .map(fault -> fault.getAttribute("name"))
                .toList();

        assertThat(declared).containsExactlyInAnyOrderElementsOf(faults);
    }

    private static List<String> with(String... more) {
        return Stream.concat(EVERY_CALL.stream(), Stream.of(more)).toList();
    }
}
