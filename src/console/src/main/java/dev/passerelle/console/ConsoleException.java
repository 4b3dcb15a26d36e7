package dev.passerelle.console;

/** A request the console refuses before any engine call: what it answers and why, said to the person. */
final class ConsoleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    ConsoleException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }

    static ConsoleException notFound(String what) {
        return new ConsoleException(404, what);
    }

    static ConsoleException badRequest(String what) {
        return new ConsoleException(400, what);
    }
}
