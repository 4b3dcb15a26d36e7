package dev.passerelle.contracttests.golden;

import dev.passerelle.contract.v1.AuthenticationFault;
import dev.passerelle.contract.v1.AuthenticationFaultInfo;
import dev.passerelle.contract.v1.AuthorisationFault;
import dev.passerelle.contract.v1.AuthorisationFaultInfo;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.ExpiredTokenFault;
import dev.passerelle.contract.v1.ExpiredTokenFaultInfo;
import dev.passerelle.contract.v1.FaultInfo;
import dev.passerelle.contract.v1.FieldError;
import dev.passerelle.contract.v1.FieldErrorCode;
import dev.passerelle.contract.v1.InternalErrorFault;
import dev.passerelle.contract.v1.InternalErrorFaultInfo;
import dev.passerelle.contract.v1.InvalidRequestFault;
import dev.passerelle.contract.v1.InvalidRequestFaultInfo;
import dev.passerelle.contract.v1.UnavailableFault;
import dev.passerelle.contract.v1.UnavailableFaultInfo;
import dev.passerelle.contract.v1.UnknownRecordFault;
import dev.passerelle.contract.v1.UnknownRecordFaultInfo;

/**
 * The Java side of the seven golden faults, as the endpoint throws them: the generated exception with
 * its fault info. The exception's message is the fault string and equals the info's message.
 */
final class FaultFixtures {

    private FaultFixtures() {
    }

    static AuthenticationFault authentication() {
        AuthenticationFaultInfo info = info(new AuthenticationFaultInfo(),
                "The caller could not be authenticated.", "9f1c2e57-3a4b-4c8d-b6e0-2d7a51c09e13");
        return new AuthenticationFault(info.getMessage(), info);
    }

    static AuthorisationFault authorisation() {
        AuthorisationFaultInfo info = info(new AuthorisationFaultInfo(),
                "Role rtdv may not call ApplyChanges.", "4b8e0d21-77c5-4f0a-9e3b-a1d6f2c84b90");
        info.setOperation("ApplyChanges");
        info.setRequiredRole("sync");
        return new AuthorisationFault(info.getMessage(), info);
    }

    static InvalidRequestFault invalidRequest() {
        InvalidRequestFaultInfo info = info(new InvalidRequestFaultInfo(),
                "The request is not acceptable: 2 field errors.", "0d3f6a88-15e2-4b7c-8a9d-c4e5f6a7b801");
        info.getFieldError().add(fieldError("page.pageSize", FieldErrorCode.OUT_OF_RANGE,
                "The page size must be between 1 and 1000.", "5000"));
        info.getFieldError().add(fieldError("period.to", FieldErrorCode.OUT_OF_RANGE,
                "The end of the period (2026-01-01) is before its start (2026-11-01).", "2026-01-01"));
        return new InvalidRequestFault(info.getMessage(), info);
    }

    static UnknownRecordFault unknownRecord() {
        UnknownRecordFaultInfo info = info(new UnknownRecordFaultInfo(),
                "No customer account has the key ACC-999999.", "6e2a9c14-d0b7-4e3f-a581-7c9d0e1f2a35");
        info.setEntity("ACCOUNT");
        info.setKey("ACC-999999");
        return new UnknownRecordFault(info.getMessage(), info);
    }

    static ExpiredTokenFault expiredToken() {
        ExpiredTokenFaultInfo info = info(new ExpiredTokenFaultInfo(),
                "The token is older than the 720 hours of deletes kept: resynchronise CONTACT from a full snapshot.",
                "b7d40f3e-82a1-49c6-9d5e-0f1e2a3b4c5d");
        info.setEntity(EntityType.CONTACT);
        return new ExpiredTokenFault(info.getMessage(), info);
    }

    static UnavailableFault unavailable() {
        UnavailableFaultInfo info = info(new UnavailableFaultInfo(),
                "The ERP is in exclusive maintenance; retry in 300 seconds.", "2c5e8b1a-6f3d-4a90-b7e2-9d8c7b6a5f41");
        info.setRetryAfterSeconds(300);
        return new UnavailableFault(info.getMessage(), info);
    }

    static InternalErrorFault internalError() {
        InternalErrorFaultInfo info = info(new InternalErrorFaultInfo(),
                "The endpoint failed unexpectedly; nothing was applied. Quote the correlation id to support.",
                "e4a1b2c3-d5e6-4f70-8192-a3b4c5d6e7f8");
        return new InternalErrorFault(info.getMessage(), info);
    }

    private static <T extends FaultInfo> T info(T info, String message, String correlationId) {
        info.setMessage(message);
        info.setCorrelationId(correlationId);
        return info;
    }

    private static FieldError fieldError(String field, FieldErrorCode code, String message, String rejected) {
        FieldError error = new FieldError();
        error.setField(field);
        error.setCode(code);
        error.setMessage(message);
        error.setRejectedValue(rejected);
        return error;
    }
}
