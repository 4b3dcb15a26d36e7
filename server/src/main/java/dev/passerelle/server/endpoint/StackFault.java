package dev.passerelle.server.endpoint;

import java.util.Set;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.interceptor.Fault;
import org.apache.wss4j.common.ext.WSSecurityException;

/**
 * The faults the SOAP stack raises itself, rather than the endpoint's code, sorted by what the
 * contract answers for them.
 */
enum StackFault {
    /** WS-Security refused the request: AuthenticationFault. */
    AUTHENTICATION,
    /** Not a message of the contract (unreadable or hostile XML, schema-invalid): InvalidRequestFault. */
    INVALID_REQUEST,
    /** Anything else: InternalErrorFault. */
    INTERNAL;

    private static final String WSSE_NS = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    private static final Set<String> CLIENT_CODES = Set.of("Client", "Sender", "VersionMismatch");

    static StackFault of(Fault fault) {
        if (isSecurityFailure(fault)) {
            return AUTHENTICATION;
        }
        return isClientCode(fault) ? INVALID_REQUEST : INTERNAL;
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
