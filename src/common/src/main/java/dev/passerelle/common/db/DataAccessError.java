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
}
