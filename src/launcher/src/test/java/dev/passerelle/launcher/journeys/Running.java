package dev.passerelle.launcher.journeys;

import dev.passerelle.launcher.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * A command that keeps running ({@code passerelle erp-server}, {@code passerelle crm-sync watch}),
 * typed through the launcher's entry point on a thread of its own, its output read while it runs;
 * stopped as an embedding program stops it, by interrupting its thread.
 */
final class Running {

    private final StringWriter output = new StringWriter();
    private final Thread thread;
    private volatile Integer exit;

    private Running(String... args) {
        CommandLine line = new CommandLine(new Main());
        line.setOut(new PrintWriter(output, true));
        line.setErr(new PrintWriter(output, true));
        thread = new Thread(() -> exit = line.execute(args), "passerelle-" + String.join("-", args).replaceAll("[^a-z-]", ""));
    }

    /** {@code passerelle ARGS}, started. */
    static Running start(String... args) {
        Running command = new Running(args);
        command.thread.start();
        return command;
    }

    /** The first group of {@code pattern} once the command printed it (a minute at most). */
    String await(String pattern) throws InterruptedException {
        Pattern compiled = Pattern.compile(pattern);
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            Matcher matcher = compiled.matcher(output.toString());
            if (matcher.find()) {
                return matcher.group(1);
            }
            if (!thread.isAlive()) {
                throw new AssertionError("the command ended (" + exit + ") before printing " + pattern + ": " + output);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not printed within a minute: " + pattern + "; printed: " + output);
    }

    String output() {
        return output.toString();
    }

    /** Interrupts the command and waits for its end; answers its exit code. */
    int stop() throws InterruptedException {
        thread.interrupt();
        thread.join(Duration.ofMinutes(1).toMillis());
        if (thread.isAlive()) {
            throw new AssertionError("the command did not stop: " + output);
        }
        return exit;
    }
}
