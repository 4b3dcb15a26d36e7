package dev.passerelle.server.endpoint;

import dev.passerelle.contract.v1.AuthenticationFault;
import dev.passerelle.contract.v1.AuthenticationFaultInfo;
import dev.passerelle.contract.v1.AuthorisationFault;
import dev.passerelle.contract.v1.AuthorisationFaultInfo;
import dev.passerelle.contract.v1.ExpiredTokenFault;
import dev.passerelle.contract.v1.ExpiredTokenFaultInfo;
import dev.passerelle.contract.v1.FaultInfo;
import dev.passerelle.contract.v1.InternalErrorFault;
import dev.passerelle.contract.v1.InternalErrorFaultInfo;
import dev.passerelle.contract.v1.InvalidRequestFault;
import dev.passerelle.contract.v1.InvalidRequestFaultInfo;
import dev.passerelle.contract.v1.UnavailableFault;
import dev.passerelle.contract.v1.UnavailableFaultInfo;
import dev.passerelle.contract.v1.UnknownRecordFault;
import dev.passerelle.contract.v1.UnknownRecordFaultInfo;
import dev.passerelle.server.error.ExpiredTokenException;
import dev.passerelle.server.error.InvalidRequestException;
import dev.passerelle.server.error.UnknownRecordException;
import dev.passerelle.server.security.Role;
import java.util.UUID;

/**
 * Builds the contract's typed faults, each with a fresh correlation id. The one place where the
 * server's failures become faults; {@link FaultTranslator} logs each one as it is answered.
 */
final class Faults {

    private Faults() {
    }

    /** The fault for a failure of an operation: domain errors become their fault, anything else an internal error. */
    static Exception of(String operation, RuntimeException failure) {
        if (failure instanceof InvalidRequestException invalid) {
            InvalidRequestFaultInfo info = fill(new InvalidRequestFaultInfo(), operation, invalid.getMessage());
            info.getFieldError().addAll(invalid.fieldErrors());
            return new InvalidRequestFault(info.getMessage(), info);
        }
        if (failure instanceof UnknownRecordException unknown) {
            UnknownRecordFaultInfo info = fill(new UnknownRecordFaultInfo(), operation, unknown.getMessage());
            info.setEntity(unknown.entity());
            info.setKey(unknown.key());
            return new UnknownRecordFault(info.getMessage(), info);
        }
        if (failure instanceof ExpiredTokenException expired) {
            ExpiredTokenFaultInfo info = fill(new ExpiredTokenFaultInfo(), operation, expired.getMessage());
            info.setEntity(expired.entity());
            return new ExpiredTokenFault(info.getMessage(), info);
        }
        return internalError(operation, failure);
    }

    /** The fault of an unexpected failure; the failure is its cause, for the log only (the caller gets the correlation id). */
    static InternalErrorFault internalError(String operation, Throwable failure) {
        String id = newId();
        InternalErrorFaultInfo info = new InternalErrorFaultInfo();
        info.setCorrelationId(id);
        info.setMessage("The ERP endpoint failed to process " + operation + "; nothing was half-applied. Correlation id: " + id);
        return new InternalErrorFault(info.getMessage(), info, failure);
    }

    static AuthenticationFault authentication(String operation) {
        AuthenticationFaultInfo info = fill(new AuthenticationFaultInfo(), operation,
                "The caller could not be authenticated (a WS-Security UsernameToken with a known user and password is required).");
        return new AuthenticationFault(info.getMessage(), info);
    }

    static AuthorisationFault authorisation(String operation, String user, Role required) {
        AuthorisationFaultInfo info = fill(new AuthorisationFaultInfo(), operation,
                "User " + user + " may not call " + operation + " (role " + required.code() + " required).");
        info.setOperation(operation);
        info.setRequiredRole(required.code());
        return new AuthorisationFault(info.getMessage(), info);
    }

    static UnavailableFault unavailable(String operation, long retryAfterSeconds) {
        UnavailableFaultInfo info = fill(new UnavailableFaultInfo(), operation,
                "The ERP is in maintenance; retry after " + retryAfterSeconds + " seconds.");
        info.setRetryAfterSeconds((int) Math.min(Integer.MAX_VALUE, retryAfterSeconds));
        return new UnavailableFault(info.getMessage(), info);
    }

    static <T extends FaultInfo> T fill(T info, String operation, String message) {
        info.setCorrelationId(newId());
        info.setMessage(message);
        return info;
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
