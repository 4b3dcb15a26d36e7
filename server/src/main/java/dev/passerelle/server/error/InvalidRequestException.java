package dev.passerelle.server.error;

import dev.passerelle.contract.v1.FieldError;
import dev.passerelle.contract.v1.FieldErrorCode;
import java.util.List;

/** A request that is not acceptable as a whole; answered with the contract's InvalidRequestFault. */
public final class InvalidRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> fieldErrors;

    public InvalidRequestException(String message, List<FieldError> fieldErrors) {
        super(message);
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    /** A request refused because of one field. */
    public static InvalidRequestException of(String field, FieldErrorCode code, String message, Object rejected) {
        FieldError error = new FieldError();
        error.setField(field);
        error.setCode(code);
        error.setMessage(message);
        error.setRejectedValue(rejected == null ? null : String.valueOf(rejected));
        return new InvalidRequestException(message, List.of(error));
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
