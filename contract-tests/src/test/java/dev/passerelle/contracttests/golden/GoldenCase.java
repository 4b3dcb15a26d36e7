package dev.passerelle.contracttests.golden;

import dev.passerelle.contracttests.support.FaultDetails;
import dev.passerelle.contracttests.support.SecureXml;
import dev.passerelle.contracttests.support.Soap11;
import java.net.URL;
import java.util.function.Supplier;

/**
 * One golden SOAP envelope and the Java data it stands for.
 *
 * @param name      what the file shows, such as {@code GetChanges response}
 * @param kind      request, response or fault
 * @param resource  class-path location of the envelope
 * @param faultCode the SOAP 1.1 fault code's local name (Client or Server) for faults, else null
 * @param fixture   builds the Java side: a wrapper object, or a generated fault exception
 */
record GoldenCase(String name, Kind kind, String resource, String faultCode, Supplier<?> fixture) {

    enum Kind { REQUEST, RESPONSE, FAULT }

    static GoldenCase request(String operation, Supplier<?> fixture) {
        return new GoldenCase(operation + " request", Kind.REQUEST, "golden/requests/" + operation + ".xml", null, fixture);
    }

    static GoldenCase response(String operation, Supplier<?> fixture) {
        return new GoldenCase(operation + " response", Kind.RESPONSE, "golden/responses/" + operation + ".xml", null, fixture);
    }

    static GoldenCase fault(String fault, String faultCode, Supplier<? extends Exception> fixture) {
        return new GoldenCase(fault, Kind.FAULT, "golden/faults/" + fault + ".xml", faultCode, fixture);
    }

    /** The golden envelope, parsed. */
    Soap11 envelope() {
        URL url = getClass().getClassLoader().getResource(resource);
        if (url == null) {
            throw new AssertionError("golden file " + resource + " is missing");
        }
        return Soap11.of(SecureXml.parse(url));
    }

    /** What JAXB marshals for the Java side: the wrapper object, or the fault's detail element. */
    Object javaPayload() {
        Object value = fixture.get();
        return value instanceof Exception fault ? FaultDetails.of(fault) : value;
    }

    @Override
    public String toString() {
        return name;
    }
}
