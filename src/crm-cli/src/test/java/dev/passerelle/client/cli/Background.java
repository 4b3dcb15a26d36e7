package dev.passerelle.client.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** A crm-sync command that keeps running (watch), on a thread of its own, its output read while it runs. */
final class Background {

    private final StringWriter output = new StringWriter();
    private final Thread thread;
    private volatile Integer exit;

    private Background(String... args) {
        CommandLine line = new CommandLine(new CrmSyncCommand());
        line.setOut(new PrintWriter(output, true));
        line.setErr(new PrintWriter(output, true));
        thread = new Thread(() -> exit = line.execute(args), "background-" + args[0]);
    }

    static Background start(String... args) {
        Background command = new Background(args);
        command.thread.start();
        return command;
    }

    /** The first group of {@code pattern} once the command printed it; fails after {@code limit}. */
    String await(Pattern pattern, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher matcher = pattern.matcher(output.toString());
            if (matcher.find()) {
                return matcher.group(1);
            }
            if (!thread.isAlive()) {
                throw new AssertionError("the command ended (" + exit + ") before printing " + pattern + ": " + output);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not printed within " + limit + ": " + pattern + "; printed: " + output);
    }

    String output() {
        return output.toString();
    }

    /** Interrupts the command and waits for its end; answers its exit code. */
    int stop() throws InterruptedException {
        thread.interrupt();
        thread.join(Duration.ofSeconds(60).toMillis());
        if (thread.isAlive()) {
            throw new AssertionError("the command did not stop: " + output);
        }
        return exit;
    }
}
