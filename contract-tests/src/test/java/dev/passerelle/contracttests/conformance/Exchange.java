package dev.passerelle.contracttests.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.passerelle.contracttests.support.ContractSchema;
import dev.passerelle.contracttests.support.Jaxb;
import dev.passerelle.contracttests.support.Soap11;
import jakarta.xml.bind.JAXBElement;

/**
 * One request and its answer as received: the HTTP status and the SOAP envelope. Reading the answer
 * checks it the way the contract promises it: HTTP 200 with the response wrapper, or HTTP 500 with a
 * SOAP fault carrying one of the contract's typed faults, its payload valid against the XSD.
 */
record Exchange(String operation, int httpStatus, String contentType, Soap11 envelope) {

    /** The answer, after checking it is a schema-valid {@code <operation>Response} sent with HTTP 200. */
    <T> T answer(Class<T> type) {
        assertThat(envelope.isFault())
                .as("%s answered a fault instead of %s: %s", operation, type.getSimpleName(), faultSummary())
                .isFalse();
        assertThat(httpStatus).as("HTTP status of the %s answer", operation).isEqualTo(200);
        assertSoap11ContentType();
        assertThat(envelope.bodyEntry().getLocalName()).isEqualTo(operation + "Response");
        assertValid();
        return type.cast(Jaxb.unmarshal(envelope.bodyEntry()));
    }

    /** The fault info, after checking the answer is that schema-valid typed fault sent with HTTP 500 (WS-I R1126). */
    <T> T fault(Class<T> infoType) {
        String expected = infoType.getSimpleName().replaceFirst("Info$", "");
        assertThat(envelope.isFault()).as("%s should answer %s", operation, expected).isTrue();
        assertThat(envelope.faultDetail().getLocalName()).as("fault of %s: %s", operation, faultSummary()).isEqualTo(expected);
        assertThat(httpStatus).as("HTTP status of the %s fault", operation).isEqualTo(500);
        assertSoap11ContentType();
        assertValid();
        Object detail = Jaxb.unmarshal(envelope.faultDetail());
        return infoType.cast(((JAXBElement<?>) detail).getValue());
    }

    /** The payload (wrapper or fault detail) is valid against the contract's schema. */
    void assertValid() {
        assertThatCode(() -> ContractSchema.validate(envelope.contractPayload()))
                .as("the %s answer validates against the contract schema", operation)
                .doesNotThrowAnyException();
    }

    /** SOAP 1.1 over HTTP travels as text/xml (SOAP 1.2's application/soap+xml would be a different binding). */
    void assertSoap11ContentType() {
        assertThat(contentType).as("Content-Type of the %s answer", operation).startsWithIgnoringCase("text/xml");
    }

    boolean isFault() {
        return envelope.isFault();
    }

    String faultSummary() {
        if (!envelope.isFault()) {
            return "no fault";
        }
        String detail;
        try {
            detail = envelope.faultDetail().getLocalName();
        } catch (IllegalArgumentException noDetail) {
            detail = "no typed detail";
        }
        return envelope.faultCode() + " " + detail + ": " + envelope.faultString();
    }
}
