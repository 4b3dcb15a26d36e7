package dev.passerelle.launcher.demo;

/** The demo saw the integration do something it must not: the demo stops with a non-zero exit code. */
final class DemoFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DemoFailure(String message) {
        super(message);
    }
}
