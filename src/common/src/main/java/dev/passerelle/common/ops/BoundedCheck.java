package dev.passerelle.common.ops;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * A check that may hang (a database that no longer answers), run on a thread of its own, one at a
 * time: a caller that comes while a check is under way waits for that one's answer, never more than
 * its own wait. So a hung check holds one thread, whatever the number of callers. Thread-safe; close
 * it once.
 */
public final class BoundedCheck<T> implements AutoCloseable {

    private final Supplier<T> check;
    private final ExecutorService thread;
    private CompletableFuture<T> underWay;

    public BoundedCheck(String threadName, Supplier<T> check) {
        this.check = check;
        this.thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread daemon = new Thread(runnable, threadName);
            daemon.setDaemon(true);
            return daemon;
        });
    }

    /**
     * The answer of the check under way, or of a new one; throws {@link TimeoutException} when none came
     * within {@code wait}, {@link ExecutionException} when the check failed.
     */
    public T get(Duration wait) throws TimeoutException, ExecutionException, InterruptedException {
        return current().get(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized CompletableFuture<T> current() {
        if (underWay == null || underWay.isDone()) {
            underWay = CompletableFuture.supplyAsync(check, thread);
        }
        return underWay;
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
