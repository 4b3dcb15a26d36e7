package dev.passerelle.client.sync;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs two pieces of a run at the same time: one on a helper thread, one on the caller's. Returns
 * only once both have ended, so nothing of the run is still writing when it goes on (or fails);
 * never interrupts either (an interrupted H2 thread can close the store). A failure of either is
 * thrown after both ended, the other's failure added as suppressed.
 */
final class Alongside {

    private Alongside() {
    }

    static void run(String helperName, Runnable onHelper, Runnable onCaller) {
        ExecutorService helper = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, helperName);
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<?> side = helper.submit(onHelper);
            Throwable failure = null;
            try {
                onCaller.run();
            } catch (RuntimeException | Error failed) {
                failure = failed;
            }
            Throwable sideFailure = awaitUninterruptibly(side);
            if (failure == null) {
                failure = sideFailure;
            } else if (sideFailure != null) {
                failure.addSuppressed(sideFailure);
            }
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
        } finally {
            helper.shutdown();
        }
    }

    private static Throwable awaitUninterruptibly(Future<?> side) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    side.get();
                    return null;
                } catch (ExecutionException failed) {
                    return failed.getCause();
                } catch (InterruptedException interruption) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
