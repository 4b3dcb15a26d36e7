package dev.passerelle.console;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.common.security.FailedLogins;
import dev.passerelle.common.security.LoginLimits;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The web console's HTTP server: Jetty on one interface, one servlet, templates compiled at build
 * time. Runs and resyncs started from it go on in the background ({@link Jobs}); closing it stops
 * them at their next page or batch.
 */
public final class ConsoleServer implements AutoCloseable {

    /**
     * Failed log-ins that lock out a login (10) or a client address (50), each remembered and locked
     * out for 5 minutes. The console holds no refusal back: a lock-out is answered at once with 429.
     */
    public static final LoginLimits LOGIN_LIMITS = new LoginLimits(10, 50, Duration.ofMinutes(5), Duration.ZERO, Duration.ZERO);

    /** How long closing waits for runs started from the console to stop. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final Server server;
    private final ServerConnector connector;
    private final Jobs jobs;
    private final String host;

    private ConsoleServer(Server server, ServerConnector connector, Jobs jobs, String host) {
        this.server = server;
        this.connector = connector;
        this.jobs = jobs;
        this.host = host;
    }

    public static ConsoleServer start(CrmEngine engine, String host, int port) {
        return start(engine, host, port, Clock.systemUTC());
    }

    public static ConsoleServer start(CrmEngine engine, String host, int port, Clock clock) {
        return start(engine, host, port, clock, LOGIN_LIMITS);
    }

    public static ConsoleServer start(CrmEngine engine, String host, int port, Clock clock, LoginLimits loginLimits) {
        QueuedThreadPool threads = new QueuedThreadPool(32, 4);
        threads.setName("console");
        threads.setDaemon(true);
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        Jobs jobs = new Jobs(engine, clock);
        TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder(new ConsoleServlet(engine, jobs, new Sessions(clock),
                new FailedLogins(loginLimits, clock), templates, clock)), "/*");
        server.setHandler(context);
        server.setStopTimeout(2_000);
        try {
            server.start();
        } catch (Exception failure) {
            jobs.close(STOP_WAIT);
            stopQuietly(server);
            throw new ConsoleException(500, "the console could not listen on " + host + ":" + port + ": " + failure.getMessage());
        }
        return new ConsoleServer(server, connector, jobs, host);
    }

    /** The console's address, e.g. {@code http://127.0.0.1:8081/}. */
    public URI uri() {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + shown + ":" + connector.getLocalPort() + "/");
    }

    /** Blocks until the server stops. */
    public void join() {
        try {
            server.join();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        jobs.close(STOP_WAIT);
        stopQuietly(server);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception ignored) {
            // stopping is best effort: the process is ending
        }
    }
}
