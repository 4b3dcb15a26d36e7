package dev.passerelle.launcher.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;

/**
 * One trial, run once, in a folder of its own: copies the templates, makes the scenario's changes,
 * starts the endpoint and a first engine run, kills the scenario's victim with SIGKILL at a moment
 * drawn uniformly in the plan's window (a calibration kills nothing and measures its run), then runs
 * the engine again until a run exits 0 or 1 with the two sides equal, at most {@value #MAX_RESTARTS}
 * times, and compares them. Every process is a real child JVM; each is gone when the trial returns.
 */
final class Trial {

    static final int MAX_RESTARTS = 4;
    /** An engine whose endpoint died backs off for seconds, then fails; longer than this, it hangs. */
    private static final Duration ENGINE_AFTER_ENDPOINT_KILL = Duration.ofMinutes(2);

    private final Templates templates;
    private final ChaosPlan chaos;
    private final TrialPlan plan;
    private final TrialFolder folder;
    private final TrialJournal journal = new TrialJournal();
    private Endpoint endpoint;
    private int endpointStarts;

    Trial(Templates templates, ChaosPlan chaos, TrialPlan plan, Path root) {
        this.templates = templates;
        this.chaos = chaos;
        this.plan = plan;
        this.folder = new TrialFolder(root.resolve(plan.folderName()));
    }

    TrialResult run() {
        Random random = new Random(plan.seed());
        // Drawn first, so that a calibration and the trial of the same seed make the same changes.
        double fraction = random.nextDouble();
        int port = freePort();
        Expectations expected = prepare(random, Credentials.endpointUrl(port));
        Duration runLimit = plan.window().map(window -> window.multipliedBy(5).plus(Duration.ofMinutes(2)))
                .orElse(Templates.limit(chaos.accounts()));
        try {
            startEndpoint(port);
            FirstRun first = firstRun(fraction, runLimit);
            Optional<Snapshot> last = first.comparable() ? compare() : Optional.empty();
            boolean converged = last.isPresent() && Comparison.of(last.get(), expected).clean();
            for (int restart = 1; !converged && restart <= MAX_RESTARTS; restart++) {
                int exit = runToEnd("run-" + restart, runLimit);
                journal.restarted(exit);
                if (exit == 0 || exit == 1) {
                    last = compare();
                    converged = last.isPresent() && Comparison.of(last.get(), expected).clean();
                }
            }
            if (!converged) {
                journal.needsAHand("the sides were not equal after " + journal.restarts() + " runs after the interruption");
                last = compare();
            }
            Findings findings = last.map(snapshot -> Comparison.of(snapshot, expected)).orElseGet(Findings::new);
            boolean inRun = plan.scenario().killsEndpoint() ? first.failed()
                    : last.map(snapshot -> snapshot.interruptedRuns() > 0).orElse(false);
            return new TrialResult(plan, first.runTime(), first.killedAt(), first.hit(), inRun && !plan.calibration(),
                    converged, journal, findings, folder.folder());
        } catch (ChaosFailure failure) {
            journal.needsAHand(failure.getMessage());
            return new TrialResult(plan, Duration.ZERO, Duration.ZERO, false, false, false, journal, new Findings(),
                    folder.folder());
        } finally {
            if (endpoint != null) {
                endpoint.close();
            }
        }
    }

    /** How the first engine run went: how long it lived, when and whether its victim was killed. */
    private record FirstRun(Duration runTime, Duration killedAt, boolean hit, int exit) {

        boolean comparable() {
            return exit == 0 || exit == 1;
        }

        boolean failed() {
            return exit != 0 && exit != 1;
        }
    }

    private Expectations prepare(Random random, URI endpointUrl) {
        folder.copyDatabase(templates.erp(), folder.erp());
        if (plan.scenario().fromSyncedStore()) {
            folder.copyDatabase(templates.crm(), folder.crm());
        }
        try {
            Files.copy(templates.folder().users(), folder.users());
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot copy the users file into " + folder.folder(), failure);
        }
        templates.credentials().saveEngineConfig(folder.engineConfig(), folder.crm(), endpointUrl);
        return Preparation.prepare(plan.scenario(), folder, templates.credentials(), endpointUrl, random, chaos);
    }

    private FirstRun firstRun(double fraction, Duration runLimit) {
        try (Child run = EngineRun.start(folder, "run-0")) {
            if (plan.calibration()) {
                int exit = run.waitFor(runLimit).orElseGet(() -> overran(run, runLimit));
                journal.firstRun(Integer.toString(exit));
                return new FirstRun(run.age(), Duration.ZERO, false, exit);
            }
            Duration killAt = Duration.ofNanos((long) (fraction * plan.window().orElseThrow().toNanos()));
            Optional<Integer> early = run.waitFor(killAt.minus(run.age()));
            Duration killedAt = run.age();
            if (early.isPresent()) {
                journal.firstRun(early.get() + " (ended before its kill)");
                return new FirstRun(killedAt, killedAt, false, early.get());
            }
            if (!plan.scenario().killsEndpoint()) {
                journal.firstRun(run.kill() + " (killed)");
                return new FirstRun(killedAt, killedAt, true, Child.KILLED);
            }
            journal.note("endpoint killed (exit " + endpoint.kill() + ")");
            int exit = run.waitFor(ENGINE_AFTER_ENDPOINT_KILL).orElseGet(() -> {
                journal.note("the engine still ran " + ENGINE_AFTER_ENDPOINT_KILL.toSeconds() + " s after its endpoint died");
                return run.kill();
            });
            journal.firstRun(Integer.toString(exit));
            Duration runTime = run.age();
            startEndpoint(endpoint.url().getPort());
            return new FirstRun(runTime, killedAt, true, exit);
        }
    }

    private int runToEnd(String name, Duration limit) {
        try (Child run = EngineRun.start(folder, name)) {
            return run.waitFor(limit).orElseGet(() -> overran(run, limit));
        }
    }

    private int overran(Child run, Duration limit) {
        journal.needsAHand(run.name() + " still ran after " + limit.toSeconds() + " s, and was killed");
        return run.kill();
    }

    /** Both sides now, read while the endpoint holds its database; empty (and noted) when they cannot be read. */
    private Optional<Snapshot> compare() {
        try {
            return Optional.of(Snapshot.read(folder.erp(), folder.crm()));
        } catch (ChaosFailure unreadable) {
            journal.note(unreadable.getMessage());
            return Optional.empty();
        }
    }

    private void startEndpoint(int port) {
        endpointStarts++;
        endpoint = Endpoint.start(folder.erp(), folder.users(), port, 0, folder.log("endpoint-" + endpointStarts),
                Duration.ofMinutes(3));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException failure) {
            throw new ChaosFailure("no free port on loopback: " + failure.getMessage(), failure);
        }
    }
}
