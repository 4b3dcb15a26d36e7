package dev.passerelle.client.transport;

import dev.passerelle.client.run.EngineException;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.FieldError;
import java.time.Duration;
import java.util.List;

/** A call to the ERP endpoint failed. The subtypes say whether waiting and trying again can help. */
public class ErpException extends EngineException {

    private static final long serialVersionUID = 1L;

    ErpException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether the same call may succeed later (maintenance, overload, time-out). */
    public boolean retriable() {
        return false;
    }

    /** The ERP is in maintenance or overloaded; nothing was applied. */
    public static final class Unavailable extends ErpException {
        private static final long serialVersionUID = 1L;
        private final Duration retryAfter;

        Unavailable(String message, Duration retryAfter, Throwable cause) {
            super(message, cause);
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }

        @Override
        public boolean retriable() {
            return true;
        }
    }

    /** The ERP did not answer within the integration's time-out (connect or read). */
    public static final class Timeout extends ErpException {
        private static final long serialVersionUID = 1L;

        Timeout(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public boolean retriable() {
            return true;
        }
    }

    /**
     * The call may have failed on the way (connection refused or reset, an HTTP 5xx or 429 without a
     * SOAP answer, a truncated or garbled answer, the ERP's internal error): the same call may succeed
     * if made again. Every call of the contract is idempotent (ApplyChanges through its batch id), so
     * it is retried.
     */
    public static final class Transient extends ErpException {
        private static final long serialVersionUID = 1L;
        private final Duration retryAfter;

        Transient(String message, Duration retryAfter, Throwable cause) {
            super(message, cause);
            this.retryAfter = retryAfter;
        }

        /** The wait the answer asked for (Retry-After), zero when it asked none. */
        public Duration retryAfter() {
            return retryAfter;
        }

        @Override
        public boolean retriable() {
            return true;
        }
    }

    /** The change token of an entity is expired: the entity must be synchronised again from a snapshot. */
    public static final class ExpiredToken extends ErpException {
        private static final long serialVersionUID = 1L;
        private final EntityType entity;

        ExpiredToken(String message, EntityType entity, Throwable cause) {
            super(message, cause);
            this.entity = entity;
        }

        public EntityType entity() {
            return entity;
        }
    }

    /** The ERP refused the caller or the request (authentication, role, invalid request). */
    public static final class Refused extends ErpException {
        private static final long serialVersionUID = 1L;
        private final transient List<FieldError> fieldErrors;

        Refused(String message, List<FieldError> fieldErrors, Throwable cause) {
            super(message, cause);
            this.fieldErrors = List.copyOf(fieldErrors);
        }

        public List<FieldError> fieldErrors() {
            return fieldErrors;
        }
    }

    /** The call failed in a way a retry cannot mend (an HTTP 4xx such as a wrong URL, an unexpected failure). */
    public static final class Failure extends ErpException {
        private static final long serialVersionUID = 1L;

        Failure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
