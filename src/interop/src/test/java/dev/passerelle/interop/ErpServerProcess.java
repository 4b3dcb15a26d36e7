package dev.passerelle.interop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real ERP endpoint, run as an operator runs it: {@code erp-server add-user} writes the users file,
 * then {@code erp-server} serves an H2 file database filled with demo accounts, on a free port of the
 * loopback interface, in a child JVM. Its output goes to {@code erp-server.log} in its folder. Close it
 * once; closing stops the child as Ctrl-C would.
 */
final class ErpServerProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening at (\\S+)");
    // A cold JVM starting Jetty, CXF, Flyway and the demo data, on two cores that other builds share.
    private static final Duration START_TIME_OUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIME_OUT = Duration.ofSeconds(30);

    private final Process process;
    private final URI endpoint;
    private final Path log;

    private ErpServerProcess(Process process, URI endpoint, Path log) {
        this.process = process;
        this.endpoint = endpoint;
        this.log = log;
    }

    /** Creates {@code user} with role sync in a new users file in {@code folder}, then starts the endpoint. */
    static ErpServerProcess start(LauncherCommand launcher, Path folder, String user, String password, int demoAccounts) {
        try {
            Files.createDirectories(folder);
            Path users = folder.resolve("users.txt");
            Path log = folder.resolve("erp-server.log");
            addUser(launcher, users, user, password, log);
            Process process = launcher.command("erp-server", "--host", "127.0.0.1", "--port", "0",
                            "--users", users.toString(),
                            "--db", "jdbc:h2:file:" + folder.resolve("erp").toAbsolutePath(),
                            "--demo-accounts", Integer.toString(demoAccounts))
                    .redirectErrorStream(true)
                    .start();
            try {
                return new ErpServerProcess(process, awaitListening(process, log), log);
            } catch (RuntimeException failed) {
                process.destroyForcibly();
                throw failed;
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** The endpoint's address, such as {@code http://127.0.0.1:PORT/passerelle/v1}. */
    URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIME_OUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("the endpoint did not stop within " + STOP_TIME_OUT + "; see " + log);
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** The password goes through standard input, as an operator pipes it: never on a command line. */
    private static void addUser(LauncherCommand launcher, Path users, String user, String password, Path log)
            throws IOException {
        Process addUser = launcher.command("erp-server", "add-user", "--users", users.toString(), "--role", "sync", user)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try (Writer stdin = new OutputStreamWriter(addUser.getOutputStream(), StandardCharsets.UTF_8)) {
            stdin.write(password + "\n");
        }
        try {
            if (!addUser.waitFor(START_TIME_OUT.toSeconds(), TimeUnit.SECONDS) || addUser.exitValue() != 0) {
                addUser.destroyForcibly();
                throw new IllegalStateException("erp-server add-user failed: " + Files.readString(log));
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while adding the user", interrupted);
        }
    }

    /**
     * Copies the child's output to the log for as long as it runs (a full pipe would block it) and
     * answers the address of its "listening" line.
     */
    private static URI awaitListening(Process process, Path log) {
        CompletableFuture<URI> listening = new CompletableFuture<>();
        Thread copier = new Thread(() -> {
            try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                 Writer copy = Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    copy.write(line + System.lineSeparator());
                    copy.flush();
                    Matcher address = LISTENING.matcher(line);
                    if (address.find()) {
                        listening.complete(URI.create(address.group(1)));
                    }
                }
            } catch (IOException ended) {
                listening.completeExceptionally(ended);
            }
            listening.completeExceptionally(new IllegalStateException("the endpoint exited with " + exitValue(process)));
        }, "erp-server-output");
        copier.setDaemon(true);
        copier.start();
        try {
            return listening.get(START_TIME_OUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException failed) {
            throw new IllegalStateException("the endpoint did not start: " + failed.getMessage() + "; output:\n" + read(log), failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the endpoint started", interrupted);
        }
    }

    private static String exitValue(Process process) {
        try {
            return Integer.toString(process.waitFor());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return "an unknown code";
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException unreadable) {
            return "(unreadable: " + unreadable.getMessage() + ")";
        }
    }
}
