package dev.passerelle.console;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.run.Direction;
import dev.passerelle.client.run.EngineException;
import dev.passerelle.client.run.ProgressListener;
import dev.passerelle.client.run.RunMode;
import dev.passerelle.client.run.RunReport;
import dev.passerelle.client.transport.ErpException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs started from the console (sync now, resync, resend), each on a thread of its own, never in the
 * request that asked for it: the page polls the job for its progress. One job per integration at a
 * time in this console; the engine's run lock keeps other processes out too. Thread-safe.
 */
public final class Jobs {

    private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);
    /** Finished jobs kept for their pages, the newest. */
    private static final int KEPT = 50;

    /** Where a job stands. */
    public enum State {
        RUNNING, SUCCESS, WARNING, FAILURE, REFUSED
    }

    /** A job as shown: what runs, its progress, and once finished how it ended and the run it recorded. */
    public record Job(long id, String integration, RunMode mode, String user, Instant startedAt, State state, String phase,
                      long records, Duration took, Long runId, int received, int sent, String message) {

        public boolean running() {
            return state == State.RUNNING;
        }
    }

    private final CrmEngine engine;
    private final Clock clock;
    private final ExecutorService threads = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "console-run");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Job> jobs = new ConcurrentHashMap<>();

    Jobs(CrmEngine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * Starts a run of an integration as {@code user}; answers the job at once. Refused while a job of
     * the same integration runs in this console; the engine's checks (permission for resync and resend,
     * disconnected, another process running) end the job as {@link State#REFUSED} with their message.
     */
    public synchronized Job start(String user, String integration, RunMode mode) {
        engine.settings().integration(integration);
        Optional<Job> running = latest(integration).filter(Job::running);
        if (running.isPresent()) {
            throw new EngineException.Busy(integration, "a " + running.get().mode().describe() + " started from the console by "
                    + running.get().user() + " (job " + running.get().id() + ")");
        }
        Job job = new Job(ids.incrementAndGet(), integration, mode, user, clock.instant(), State.RUNNING, "starting", 0,
                null, null, 0, 0, null);
        jobs.put(job.id(), job);
        forget();
        threads.execute(() -> run(job));
        return job;
    }

    public Optional<Job> job(long id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** The newest job of an integration, running or finished. */
    public Optional<Job> latest(String integration) {
        return jobs.values().stream().filter(job -> job.integration().equals(integration))
                .max(Comparator.comparingLong(Job::id));
    }

    private void run(Job job) {
        ProgressListener progress = new ProgressListener() {
            @Override
            public void page(String entity, long records) {
                jobs.computeIfPresent(job.id(), (id, now) -> with(now, entity, records));
            }

            @Override
            public void phase(String name) {
                jobs.computeIfPresent(job.id(), (id, now) -> with(now, name, 0));
            }
        };
        Job ended;
        try {
            RunReport report = engine.run(job.user(), job.integration(), job.mode(), progress);
            State state = switch (report.status()) {
                case SUCCESS -> State.SUCCESS;
                case WARNING -> State.WARNING;
                default -> State.FAILURE;
            };
            String message = report.errors().isEmpty() ? String.join("; ", report.warnings()) : String.join("; ", report.errors());
            ended = finished(job, state, report.runId(), report.total(Direction.ERP_TO_CRM), report.total(Direction.CRM_TO_ERP),
                    message);
        } catch (EngineException.PermissionDenied | EngineException.BadRequest | EngineException.Busy
                 | EngineException.Disconnected refused) {
            ended = finished(job, State.REFUSED, null, 0, 0, refused.getMessage());
        } catch (ErpException erp) {
            ended = finished(job, State.FAILURE, null, 0, 0, "ERP: " + erp.getMessage());
        } catch (RuntimeException failure) {
            LOG.error("a run started from the console failed", failure);
            ended = finished(job, State.FAILURE, null, 0, 0, "failed: " + failure.getMessage());
        }
        jobs.put(job.id(), ended);
    }

    private Job finished(Job job, State state, Long runId, int received, int sent, String message) {
        Job now = jobs.getOrDefault(job.id(), job);
        return new Job(job.id(), job.integration(), job.mode(), job.user(), job.startedAt(), state, now.phase(), now.records(),
                Duration.between(job.startedAt(), clock.instant()), runId, received, sent,
                message == null || message.isBlank() ? null : message);
    }

    private static Job with(Job job, String phase, long records) {
        return new Job(job.id(), job.integration(), job.mode(), job.user(), job.startedAt(), job.state(), phase, records,
                null, null, 0, 0, null);
    }

    private void forget() {
        List<Long> finished = jobs.values().stream().filter(job -> !job.running()).map(Job::id).sorted(Comparator.reverseOrder())
                .toList();
        finished.stream().skip(KEPT).forEach(jobs::remove);
    }

    /** Asks running jobs to stop at their next page or batch and waits up to {@code wait}. */
    void close(Duration wait) {
        if (jobs.values().stream().anyMatch(Job::running)) {
            engine.stopRuns("the console is closing", wait);
        }
        threads.shutdownNow();
        try {
            threads.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
