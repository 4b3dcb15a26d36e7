package dev.passerelle.contracttests.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.passerelle.contracttests.support.ContractSchema;
import dev.passerelle.contracttests.support.Dom;
import dev.passerelle.contracttests.support.FaultDetails;
import dev.passerelle.contracttests.support.Jaxb;
import dev.passerelle.contracttests.support.Similarity;
import dev.passerelle.contracttests.support.Soap11;
import dev.passerelle.contract.v1.FaultInfo;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Every golden envelope is a valid SOAP 1.1 message of the contract, says exactly what the generated
 * stubs say for the same data, and survives a trip through the stubs unchanged.
 */
class GoldenFileTest {

    private static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";

    static Stream<GoldenCase> goldens() {
        return GoldenCatalogue.all().stream();
    }

    static Stream<GoldenCase> faults() {
        return GoldenCatalogue.faults().stream();
    }

    static Stream<GoldenCase> requests() {
        return GoldenCatalogue.all().stream().filter(golden -> golden.kind() == GoldenCase.Kind.REQUEST);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void goldenIsASoap11EnvelopeWithOneContractPayload(GoldenCase golden) {
        Soap11 envelope = golden.envelope();
        assertThat(envelope.isFault()).isEqualTo(golden.kind() == GoldenCase.Kind.FAULT);
        assertThat(envelope.contractPayload().getNamespaceURI()).isEqualTo("urn:passerelle:erp:v1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void goldenPayloadValidatesAgainstTheContractSchema(GoldenCase golden) {
        Element payload = golden.envelope().contractPayload();
        assertThatCode(() -> ContractSchema.validate(payload)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void goldenPayloadIsSimilarToWhatTheStubsMarshalForTheSameData(GoldenCase golden) {
        Document expected = ContractSchema.standalone(golden.envelope().contractPayload());
        Document marshalled = Jaxb.marshal(golden.javaPayload());
        Similarity.assertSimilar(golden.name(), expected, marshalled);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void goldenPayloadSurvivesAnUnmarshalMarshalRoundTrip(GoldenCase golden) {
        Element payload = golden.envelope().contractPayload();
        Object unmarshalled = Jaxb.unmarshal(payload);
        Similarity.assertSimilar(golden.name() + " after a round trip",
                ContractSchema.standalone(payload), Jaxb.marshal(unmarshalled));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void goldenFaultStringIsTheFaultInfoMessage(GoldenCase golden) {
        Soap11 envelope = golden.envelope();
        Exception fault = (Exception) golden.fixture().get();
        FaultInfo info = (FaultInfo) FaultDetails.faultInfo(fault);
        assertThat(envelope.faultString()).isEqualTo(info.getMessage()).isEqualTo(fault.getMessage());
        assertThat(info.getCorrelationId()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void goldenFaultCodeSaysWhetherTheCallerMustChangeSomething(GoldenCase golden) {
        assertThat(golden.envelope().faultCodeLocalName()).isEqualTo(golden.faultCode());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void goldenRequestCarriesAWsSecurityUsernameToken(GoldenCase golden) {
        Soap11 envelope = golden.envelope();
        Element root = envelope.body().getOwnerDocument().getDocumentElement();
        List<Element> tokens = Dom.descendants(root, WSSE, "UsernameToken");
        assertThat(tokens).hasSize(1);
        assertThat(Dom.child(tokens.get(0), WSSE, "Username")).isPresent();
        assertThat(Dom.child(tokens.get(0), WSSE, "Password")).isPresent();
    }
}
