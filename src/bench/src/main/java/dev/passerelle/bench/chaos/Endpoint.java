package dev.passerelle.bench.chaos;

import dev.passerelle.common.db.H2Urls;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An ERP endpoint in a child JVM ({@code erp-server}) on loopback over an H2 file, ready once it has
 * printed its "listening" line. Not thread-safe.
 */
final class Endpoint implements AutoCloseable {

    private static final String LISTENING = "ERP endpoint listening at ";
    private static final Duration POLL = Duration.ofMillis(50);
    /** A SIGTERM lets requests in flight finish and H2 close its file; more than this is a hang. */
    private static final Duration STOP_GRACE = Duration.ofMinutes(1);

    private final Child child;
    private final URI url;

    private Endpoint(Child child, URI url) {
        this.child = child;
        this.url = url;
    }

    /**
     * Starts an endpoint serving {@code database} to the users of {@code users} on {@code port} (0: any
     * free one), filling an empty ERP with {@code demoAccounts} demo accounts first when more than 0,
     * and waits up to {@code limit} for it to listen.
     *
     * @throws ChaosFailure when it ends or overruns the limit before it listens (it is killed then)
     */
    static Endpoint start(Path database, Path users, int port, int demoAccounts, Path log, Duration limit) {
        List<String> arguments = new ArrayList<>(List.of("erp-server", "--users", users.toString(),
                "--db", H2Urls.file(database), "--port", Integer.toString(port), "--host", "127.0.0.1"));
        if (demoAccounts > 0) {
            arguments.addAll(List.of("--demo-accounts", Integer.toString(demoAccounts)));
        }
        Child child = Child.start("the ERP endpoint", arguments, log);
        try {
            return new Endpoint(child, awaitListening(child, log, limit));
        } catch (RuntimeException failure) {
            child.close();
            throw failure;
        }
    }

    /** The endpoint's URL, as it printed it. */
    URI url() {
        return url;
    }

    /** SIGTERM and the wait for its end (SIGKILL after a minute); answers the exit code. */
    int stop() {
        return child.stop(STOP_GRACE);
    }

    /** SIGKILL; answers the exit code. */
    int kill() {
        return child.kill();
    }

    @Override
    public void close() {
        if (child.isAlive()) {
            stop();
        }
    }

    private static URI awaitListening(Child child, Path log, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<URI> url = listeningUrl(log);
            if (url.isPresent()) {
                return url.get();
            }
            Optional<Integer> exit = child.waitFor(POLL);
            if (exit.isPresent()) {
                throw new ChaosFailure("the ERP endpoint exited " + exit.get() + " before it listened; last lines: "
                        + child.logTail(8));
            }
        }
        throw new ChaosFailure("the ERP endpoint did not listen within " + limit.toSeconds() + " s; last lines: "
                + child.logTail(8));
    }

    /** The URL of the line the endpoint prints on standard output once it listens, if it printed it yet. */
    private static Optional<URI> listeningUrl(Path log) {
        try {
            // A log of its own per endpoint started: the line cannot be an earlier endpoint's.
            for (String line : Files.readAllLines(log, StandardCharsets.ISO_8859_1)) {
                if (line.startsWith(LISTENING)) {
                    String rest = line.substring(LISTENING.length());
                    int end = rest.indexOf(' ');
                    return Optional.of(URI.create(end < 0 ? rest : rest.substring(0, end)));
                }
            }
            return Optional.empty();
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }
}
