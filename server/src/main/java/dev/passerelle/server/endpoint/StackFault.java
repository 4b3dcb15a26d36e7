package dev.passerelle.server.endpoint;

import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.interceptor.Fault;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.eclipse.jetty.http.HttpException;
import org.xml.sax.SAXException;

/**
 * The faults the SOAP stack raises itself, rather than the endpoint's code, sorted by what the
 * contract answers for them.
 */
enum StackFault {
    /** WS-Security refused the request: AuthenticationFault. */
    AUTHENTICATION,
    /** The body grew past the size limit while it was read: InvalidRequestFault, with HTTP 413. */
    TOO_LARGE,
    /** Not a message of the contract (unreadable or hostile XML, schema-invalid, unknown SOAPAction): InvalidRequestFault. */
    INVALID_REQUEST,
    /** Anything else: InternalErrorFault. */
    INTERNAL;

    private static final String WSSE_NS = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    private static final Set<String> CLIENT_CODES = Set.of("Client", "Sender", "VersionMismatch");

    /**
     * What a fault is. {@code whileReading} says it was raised while the request was read: only then
     * is an XML error the request's (when writing the answer it is the endpoint's own).
     */
    static StackFault of(Fault fault, boolean whileReading) {
        if (isSecurityFailure(fault)) {
            return AUTHENTICATION;
        }
        if (causes(fault, HttpException.class) instanceof HttpException http && http.getCode() == 413) {
            return TOO_LARGE;
        }
        if (isClientCode(fault) || isSoapActionMismatch(fault)) {
            return INVALID_REQUEST;
        }
        if (whileReading && (causes(fault, XMLStreamException.class) != null || causes(fault, SAXException.class) != null
                || causes(fault, jakarta.xml.bind.UnmarshalException.class) != null)) {
            return INVALID_REQUEST;
        }
        return INTERNAL;
    }

    private static boolean isSecurityFailure(Fault fault) {
        if (fault instanceof SoapFault soap && WSSE_NS.equals(soap.getFaultCode().getNamespaceURI())) {
            return true;
        }
        return causes(fault, WSSecurityException.class) != null;
    }

    private static boolean isClientCode(Fault fault) {
        if (fault instanceof SoapFault soap) {
            return CLIENT_CODES.contains(soap.getFaultCode().getLocalPart());
        }
        return Fault.FAULT_CODE_CLIENT.equals(fault.getFaultCode());
    }

    // CXF raises it with the server's fault code, yet the SOAPAction is the caller's.
    private static boolean isSoapActionMismatch(Fault fault) {
        return fault.getCode() != null && fault.getCode().startsWith("SOAP_ACTION_MISMATCH");
    }

    // Bounded, as a chain of causes may loop.
    private static Throwable causes(Throwable failure, Class<?> type) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 20; depth++, cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return cause;
            }
        }
        return null;
    }
}
