package dev.passerelle.launcher;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * Commands whose programs have not landed yet: they say so and exit with {@link #EXIT_CODE}.
 */
abstract class NotYetAvailable implements Callable<Integer> {

    static final int EXIT_CODE = 3;

    @Unmatched
    String[] ignored;

    @Override
    public Integer call() {
        Command command = getClass().getAnnotation(Command.class);
        System.err.printf("passerelle: '%s' is not available yet in this build.%n", command.name());
        return EXIT_CODE;
    }

    @Command(name = "bench", description = "The benchmark (not available yet).")
    static final class Bench extends NotYetAvailable {
    }
}
