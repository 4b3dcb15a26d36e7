package dev.passerelle.client.run;

/**
 * Root of the errors the engine reports to its callers (CLI, demo, CRM code). Each subtype maps to
 * one CLI exit code. Unchecked.
 */
public class EngineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EngineException(String message) {
        super(message);
    }

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A request that cannot be acted on as given (unknown record, invalid value, forbidden state). Nothing was written. */
    public static final class BadRequest extends EngineException {
        private static final long serialVersionUID = 1L;

        public BadRequest(String message) {
            super(message);
        }
    }

    /** The CRM user may not perform this action. Nothing was written. */
    public static final class PermissionDenied extends EngineException {
        private static final long serialVersionUID = 1L;

        public PermissionDenied(String user, Action action) {
            super("user '" + user + "' may not " + action.name().toLowerCase().replace('_', ' '));
        }

        public PermissionDenied(String user, String why) {
            super("user '" + user + "' " + why);
        }
    }

    /** Another run of the same integration holds the lock. */
    public static final class Busy extends EngineException {
        private static final long serialVersionUID = 1L;

        public Busy(String integration, String owner) {
            super("integration '" + integration + "' is being synchronised by " + owner);
        }
    }

    /** The run was asked to stop (the process received a stop signal); what it committed stays. */
    public static final class Interrupted extends EngineException {
        private static final long serialVersionUID = 1L;

        public Interrupted(String reason) {
            super("run interrupted: " + reason);
        }
    }

    /**
     * The integration is disconnected from its ERP ({@code crm-sync disconnect}): nothing was sent to or
     * read from it. CRM edits still queue; reconnecting lets the next run send them.
     */
    public static final class Disconnected extends EngineException {
        private static final long serialVersionUID = 1L;

        public Disconnected(ErpLinkState state) {
            super("integration '" + state.integration() + "' is " + state.describe()
                    + "; nothing is exchanged with its ERP until 'crm-sync reconnect'");
        }
    }
}
