package dev.passerelle.bench;

/** A measured run did not do what it must (a sync that failed, a child JVM that died): no figure is reported for it. */
final class BenchFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BenchFailure(String message) {
        super(message);
    }
}
