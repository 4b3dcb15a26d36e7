package dev.passerelle.bench.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;

/**
 * One trial, run once, in a folder of its own: copies the templates, makes the scenario's changes,
 * starts the endpoint and a first engine run, interrupts it ({@link Interruption}), then runs the
 * engine again until a run exits 0 or 1 with the two sides equal, at most {@value #MAX_RESTARTS}
 * times, and compares them. Every process is a real child JVM; each is gone when the trial returns.
 */
final class Trial implements Interruption.Endpoints {

    static final int MAX_RESTARTS = 4;

    private final Templates templates;
    private final ChaosPlan chaos;
    private final TrialPlan plan;
    private final TrialFolder folder;
    private final Duration runLimit;
    private final TrialJournal journal = new TrialJournal();
    private Endpoint endpoint;
    private int endpointStarts;

    Trial(Templates templates, ChaosPlan chaos, TrialPlan plan, Path root) {
        this.templates = templates;
        this.chaos = chaos;
        this.plan = plan;
        this.folder = new TrialFolder(root.resolve(plan.folderName()));
        // Generous: the machine may be shared, and a run that overruns is killed and needs a hand.
        this.runLimit = plan.window().map(window -> window.multipliedBy(5).plus(Duration.ofMinutes(2)))
                .orElse(Templates.limit(chaos.accounts()));
    }

    TrialResult run() {
        Random random = new Random(plan.seed());
        // Drawn first, so that a calibration and the trial of the same seed make the same changes.
        double fraction = random.nextDouble();
        int port = Ports.free();
        Expectations expected = prepare(random, Credentials.endpointUrl(port));
        try {
            endpoint = startEndpoint(port);
            Interruption first = Interruption.run(folder, plan, fraction, runLimit, this, journal);
            Verdict verdict = converge(first, expected);
            Findings findings = verdict.last().map(snapshot -> Comparison.of(snapshot, expected)).orElseGet(Findings::new);
            // An engine killed inside its run leaves it RUNNING, for the next run to close; an endpoint killed
            // inside the engine's run makes that run fail.
            boolean inRun = !plan.calibration() && (plan.scenario().killsEndpoint() ? first.hit() && !first.comparable()
                    : verdict.last().map(snapshot -> snapshot.interruptedRuns() > 0).orElse(false));
            return new TrialResult(plan, first.runTime(), first.killedAt(), first.hit(), inRun, verdict.converged(), journal,
                    findings, folder.folder());
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

    @Override
    public Endpoint current() {
        return endpoint;
    }

    @Override
    public void restart() {
        endpoint = startEndpoint(endpoint.url().getPort());
    }

    /** Whether a run exited 0 or 1 with the sides equal, and the last look at both sides. */
    private record Verdict(boolean converged, Optional<Snapshot> last) {
    }

    /**
     * Runs the engine again until a run exits 0 or 1 with the sides equal, at most {@value #MAX_RESTARTS}
     * times (none when the first run already left them so).
     */
    private Verdict converge(Interruption first, Expectations expected) {
        Optional<Snapshot> last = first.comparable() ? look() : Optional.empty();
        boolean converged = equal(last, expected);
        for (int restart = 1; !converged && restart <= MAX_RESTARTS; restart++) {
            String name = "run-" + restart;
            int exit;
            try (Child run = EngineRun.start(folder, name)) {
                exit = run.waitFor(runLimit).orElseGet(() -> Interruption.overran(run, runLimit, journal));
            }
            journal.restarted(exit);
            if (exit == 0 || exit == 1) {
                last = look();
                converged = equal(last, expected);
            }
        }
        if (!converged) {
            journal.needsAHand("the sides were not equal after " + journal.restarts() + " runs after the interruption");
            last = look();
        }
        return new Verdict(converged, last);
    }

    private static boolean equal(Optional<Snapshot> last, Expectations expected) {
        return last.isPresent() && Comparison.of(last.get(), expected).clean();
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

    /** Both sides now, read while the endpoint holds its database; empty (and noted) when they cannot be read. */
    private Optional<Snapshot> look() {
        try {
            return Optional.of(Snapshot.read(folder.erp(), folder.crm()));
        } catch (ChaosFailure unreadable) {
            journal.note(unreadable.getMessage());
            return Optional.empty();
        }
    }

    private Endpoint startEndpoint(int port) {
        endpointStarts++;
        return Endpoint.start(folder.erp(), folder.users(), port, 0, folder.log("endpoint-" + endpointStarts),
                Duration.ofMinutes(3));
    }
}
