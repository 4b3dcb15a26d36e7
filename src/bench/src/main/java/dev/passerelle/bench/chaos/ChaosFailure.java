package dev.passerelle.bench.chaos;

/**
 * The kill suite could not do its own part (a template not made, a child JVM that would not start,
 * a store it could not read): no verdict is drawn from the trial it happened in. Failures of the
 * product under test are findings, never this.
 */
final class ChaosFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ChaosFailure(String message) {
        super(message);
    }

    ChaosFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
