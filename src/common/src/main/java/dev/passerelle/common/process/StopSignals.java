package dev.passerelle.common.process;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs clean-up work when the process is asked to stop (SIGTERM from a service manager or {@code kill},
 * SIGINT from Ctrl-C), before the JVM begins its exit, then exits with 128 + the signal's number. A
 * plain shutdown hook would run beside H2's own, which closes the embedded databases at exit, so its
 * writes (a run closed, a lock released) could find them closed. Where the JVM offers no signal
 * handlers, the work runs in a shutdown hook instead. Thread-safe.
 */
public final class StopSignals {

    private static final Logger LOG = LoggerFactory.getLogger(StopSignals.class);
    private static final Map<String, Integer> SIGNALS = Map.of("TERM", 15, "INT", 2);
    private static final List<Consumer<String>> WORK = new CopyOnWriteArrayList<>();
    private static boolean installed;

    private StopSignals() {
    }

    /** A registration of clean-up work; closing it removes the work. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Registers {@code work}, called with the signal's name ("SIGTERM", "SIGINT") when the process is
     * asked to stop. Keep it bounded in time: the process exits once every registered work returned.
     */
    public static Registration onStop(Consumer<String> work) {
        install();
        WORK.add(work);
        return () -> WORK.remove(work);
    }

    private static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handler = Class.forName("sun.misc.SignalHandler");
            Method handle = signal.getMethod("handle", signal, handler);
            for (Map.Entry<String, Integer> each : SIGNALS.entrySet()) {
                Object onSignal = Proxy.newProxyInstance(StopSignals.class.getClassLoader(), new Class<?>[] {handler},
                        (proxy, method, arguments) -> switch (method.getName()) {
                            case "handle" -> {
                                stop("SIG" + each.getKey(), 128 + each.getValue());
                                yield null;
                            }
                            case "hashCode" -> System.identityHashCode(proxy);
                            case "equals" -> proxy == arguments[0];
                            default -> "StopSignals(SIG" + each.getKey() + ")";
                        });
                handle.invoke(null, signal.getConstructor(String.class).newInstance(each.getKey()), onSignal);
            }
        } catch (ReflectiveOperationException | RuntimeException unavailable) {
            // sun.misc.Signal is part of every OpenJDK (module jdk.unsupported); without it, a shutdown hook.
            LOG.debug("no signal handlers ({}); stop work runs in a shutdown hook", unavailable.toString());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> runWork("shutdown"), "passerelle-stop"));
        }
    }

    private static void stop(String signal, int exitCode) {
        LOG.info("{} received: stopping", signal);
        runWork(signal);
        System.exit(exitCode);
    }

    private static void runWork(String signal) {
        for (Consumer<String> work : WORK) {
            try {
                work.accept(signal);
            } catch (RuntimeException failure) {
                LOG.warn("stop work failed: {}", failure.toString());
            }
        }
    }
}
