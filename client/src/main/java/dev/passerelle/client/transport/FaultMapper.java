package dev.passerelle.client.transport;

import dev.passerelle.contract.v1.AuthenticationFault;
import dev.passerelle.contract.v1.AuthorisationFault;
import dev.passerelle.contract.v1.ExpiredTokenFault;
import dev.passerelle.contract.v1.InternalErrorFault;
import dev.passerelle.contract.v1.InvalidRequestFault;
import dev.passerelle.contract.v1.UnavailableFault;
import dev.passerelle.contract.v1.UnknownRecordFault;
import jakarta.xml.bind.UnmarshalException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/** Maps every failure of a call to the ERP to one {@link ErpException}; the only place faults are read. */
public final class FaultMapper {

    private FaultMapper() {
    }

    public static ErpException map(Throwable failure) {
        if (failure instanceof ErpException mapped) {
            return mapped;
        }
        if (failure instanceof UnavailableFault fault) {
            int seconds = fault.getFaultInfo() == null ? 30 : fault.getFaultInfo().getRetryAfterSeconds();
            return new ErpException.Unavailable("ERP unavailable: " + text(fault.getMessage()),
                    Duration.ofSeconds(Math.max(0, seconds)), fault);
        }
        if (failure instanceof ExpiredTokenFault fault) {
            return new ErpException.ExpiredToken("change token expired: " + text(fault.getMessage()),
                    fault.getFaultInfo() == null ? null : fault.getFaultInfo().getEntity(), fault);
        }
        if (failure instanceof AuthenticationFault fault) {
            return new ErpException.Refused("ERP refused the credentials: " + text(fault.getMessage()), List.of(), fault);
        }
        if (failure instanceof AuthorisationFault fault) {
            return new ErpException.Refused("ERP role does not allow this: " + text(fault.getMessage()), List.of(), fault);
        }
        if (failure instanceof InvalidRequestFault fault) {
            return new ErpException.Refused("ERP refused the request: " + text(fault.getMessage()),
                    fault.getFaultInfo() == null ? List.of() : fault.getFaultInfo().getFieldError(), fault);
        }
        if (failure instanceof UnknownRecordFault fault) {
            return new ErpException.Refused("unknown ERP record: " + text(fault.getMessage()), List.of(), fault);
        }
        if (failure instanceof InternalErrorFault fault) {
            String correlation = fault.getFaultInfo() == null ? "?" : fault.getFaultInfo().getCorrelationId();
            return new ErpException.Transient("ERP internal error (correlation id " + correlation + ")", Duration.ZERO, fault);
        }
        HttpStatusCheck.HttpStatusFailure status = find(failure, HttpStatusCheck.HttpStatusFailure.class);
        if (status != null) {
            String message = "ERP answered " + status.getMessage();
            return status.status() >= 500 || status.status() == 429
                    ? new ErpException.Transient(message, status.retryAfter().orElse(Duration.ZERO), failure)
                    : new ErpException.Failure(message, failure);
        }
        if (isTimeout(failure)) {
            return new ErpException.Timeout("ERP did not answer in time: " + text(rootMessage(failure)), failure);
        }
        if (find(failure, IOException.class) != null || find(failure, XMLStreamException.class) != null
                || find(failure, UnmarshalException.class) != null) {
            return new ErpException.Transient("ERP call failed on the way: " + text(rootMessage(failure)), Duration.ZERO,
                    failure);
        }
        return new ErpException.Failure("ERP call failed: " + text(rootMessage(failure)), failure);
    }

    /** The first cause of {@code failure} (itself included) of the given type, or null. */
    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    private static boolean isTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException || cause instanceof HttpTimeoutException
                    || cause instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        String message = failure.getMessage();
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                message = cause.getMessage();
            }
        }
        return message;
    }

    private static String text(String message) {
        return message == null ? "(no message)" : message;
    }
}
