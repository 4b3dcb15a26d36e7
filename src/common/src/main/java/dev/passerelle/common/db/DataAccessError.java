package dev.passerelle.common.db;

/**
 * Root of the database errors Passerelle tells apart. Unchecked; built only by
 * {@link DatabaseErrors#classify(Throwable)}.
 */
public class DataAccessError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DataAccessError(String message, Throwable cause) {
        super(message, cause);
    }

    /** A unique key or unique index refused a second row with the same value. */
    public static final class DuplicateKey extends DataAccessError {
        private static final long serialVersionUID = 1L;

        DuplicateKey(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A foreign key refused a row that refers to nothing, or the removal of a row still referred to. */
    public static final class ForeignKey extends DataAccessError {
        private static final long serialVersionUID = 1L;

        ForeignKey(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A deadlock victim or lock time-out: the same idempotent work may be retried. */
    public static final class Transient extends DataAccessError {
        private static final long serialVersionUID = 1L;

        Transient(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The database could not be opened: held by another process, credentials refused, or not reached
     * (a host down, a folder that cannot be written). The message says which and names the database.
     */
    public static final class Unavailable extends DataAccessError {
        private static final long serialVersionUID = 1L;

        /** Why the database could not be opened. */
        public enum Reason {
            /** An embedded database another process holds open without sharing it. */
            IN_USE,
            /** The user name or password was refused. */
            CREDENTIALS,
            /** Not reached: a server down or unknown, a file that cannot be created or written. */
            UNREACHABLE
        }

        private final Reason reason;

        Unavailable(Reason reason, String message, Throwable cause) {
            super(message, cause);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }
}
