package dev.passerelle.server.endpoint;

import dev.passerelle.common.security.LoginRefusal;
import dev.passerelle.contract.v1.AuthenticationFault;
import dev.passerelle.contract.v1.AuthorisationFault;
import dev.passerelle.contract.v1.ExpiredTokenFault;
import dev.passerelle.contract.v1.FaultInfo;
import dev.passerelle.contract.v1.FieldErrorCode;
import dev.passerelle.contract.v1.InternalErrorFault;
import dev.passerelle.contract.v1.InvalidRequestFault;
import dev.passerelle.contract.v1.UnknownRecordFault;
import dev.passerelle.server.error.InvalidRequestException;
import java.nio.channels.ClosedChannelException;
import java.util.Set;
import javax.xml.namespace.QName;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.Phase;
import org.eclipse.jetty.io.EofException;

/**
 * Sees every fault the endpoint answers, and is the one place that logs it ({@link FaultLog}). Turns
 * the faults raised by the SOAP stack itself (WS-Security, XML parsing, schema validation, the size
 * limit, unexpected failures) into the contract's typed faults, so that a client only ever sees
 * AuthenticationFault, InvalidRequestFault or InternalErrorFault, never a raw stack fault or a stack
 * trace. Faults the endpoint threw itself keep their detail and get the SOAP fault code the contract
 * documents: soap:Client when the request itself is wrong, soap:Server otherwise. Names the fault
 * answered on the exchange, for {@link SoapMetrics}. Thread-safe.
 */
final class FaultTranslator extends AbstractSoapInterceptor {

    private static final QName CLIENT = new QName("http://schemas.xmlsoap.org/soap/envelope/", "Client");
    private static final QName SERVER = new QName("http://schemas.xmlsoap.org/soap/envelope/", "Server");
    private static final String REQUEST = "request";

    /** Faults about the request itself: sending it again unchanged cannot succeed. */
    private static final Set<Class<?>> CLIENT_SIDE_FAULTS = Set.of(AuthenticationFault.class, AuthorisationFault.class,
            InvalidRequestFault.class, UnknownRecordFault.class, ExpiredTokenFault.class);

    private final SoapFaults soapFaults = new SoapFaults();
    private final long maxRequestBytes;

    FaultTranslator(long maxRequestBytes) {
        super(Phase.PRE_LOGICAL);
        this.maxRequestBytes = maxRequestBytes;
    }

    @Override
    public void handleMessage(SoapMessage message) {
        if (!(message.getContent(Exception.class) instanceof Fault fault)) {
            return;
        }
        Exchange exchange = message.getExchange();
        if (callerGone(fault)) {
            // nothing reaches a caller that closed its connection, such as a watcher stopped during its WaitForChanges
            FaultLog.callerGone(RequestFacts.of(exchange));
            return;
        }
        if (SoapFaults.isContractFault(fault.getCause())) {
            Exception contractFault = (Exception) fault.getCause();
            if (CLIENT_SIDE_FAULTS.contains(contractFault.getClass())) {
                fault.setFaultCode(fault instanceof SoapFault ? CLIENT : Fault.FAULT_CODE_CLIENT);
            }
            log(exchange, contractFault, contractFault.getCause());
            return;
        }
        StackFault kind = StackFault.of(fault, isReadingFault(exchange, fault));
        Exception contractFault = switch (kind) {
            case AUTHENTICATION -> Faults.authentication(REQUEST);
            case TOO_LARGE -> Faults.of(REQUEST, InvalidRequestException.of(REQUEST, FieldErrorCode.TOO_LONG,
                    "The request body is larger than the " + maxRequestBytes + " bytes the endpoint accepts.", null));
            case INVALID_REQUEST -> Faults.of(REQUEST, InvalidRequestException.of(REQUEST, FieldErrorCode.INVALID_FORMAT,
                    "The request is not a valid message of the contract: " + safeMessage(fault), null));
            case INTERNAL -> Faults.internalError(REQUEST, fault);
        };
        SoapFault answer = soapFaults.toSoapFault(contractFault, kind == StackFault.INTERNAL ? SERVER : CLIENT);
        if (kind == StackFault.TOO_LARGE) {
            answer.setStatusCode(413);
        }
        message.setContent(Exception.class, answer);
        log(exchange, contractFault, kind == StackFault.INTERNAL ? fault : null);
    }

    /** Whether the answer could not be sent because the caller had closed its connection. */
    private static boolean callerGone(Fault fault) {
        for (Throwable cause = fault.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof EofException || cause instanceof ClosedChannelException) {
                return true;
            }
        }
        return false;
    }

    private static void log(Exchange exchange, Exception contractFault, Throwable internalFailure) {
        exchange.put(SoapMetrics.FAULT, contractFault.getClass().getSimpleName());
        RequestFacts request = RequestFacts.of(exchange);
        FaultInfo info = SoapFaults.infoOf(contractFault);
        if (contractFault instanceof InternalErrorFault) {
            FaultLog.failed(request, info.getCorrelationId(), internalFailure);
            return;
        }
        // The caller is told nothing of why its credentials failed; the log is.
        LoginRefusal login = exchange.getInMessage() == null ? null : exchange.getInMessage().get(LoginRefusal.class);
        if (contractFault instanceof AuthenticationFault && login != null) {
            FaultLog.refused(request, info.getCorrelationId(),
                    login.reason() + " (answer held back " + login.delay().toMillis() + " ms)", login.locksOut());
        } else if (contractFault instanceof AuthenticationFault) {
            FaultLog.refused(request, info.getCorrelationId(), "no UsernameToken with a user name and a plain-text password", false);
        } else {
            FaultLog.refused(request, info.getCorrelationId(), info.getMessage(), false);
        }
    }

    // The request's chain keeps what it stopped on (the fault, or what the fault wraps); a failure
    // raised while answering is not there.
    private static boolean isReadingFault(Exchange exchange, Fault fault) {
        Message request = exchange.getInMessage();
        Exception stopped = request == null ? null : request.getContent(Exception.class);
        return stopped != null && (stopped == fault || stopped == fault.getCause());
    }

    // Parser and validation messages name what is wrong in the request; keep them short and plain.
    private static String safeMessage(Fault fault) {
        String text = fault.getMessage() == null ? "unreadable XML" : fault.getMessage();
        text = text.replaceAll("[\\r\\n\\t]+", " ");
        return text.length() > 500 ? text.substring(0, 500) + "..." : text;
    }
}
