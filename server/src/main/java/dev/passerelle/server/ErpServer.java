package dev.passerelle.server;

import dev.passerelle.common.db.Database;
import dev.passerelle.common.ops.PrometheusMetrics;
import dev.passerelle.common.soap.PrivateBus;
import dev.passerelle.server.apply.ChangeApplier;
import dev.passerelle.server.changes.ChangeFeed;
import dev.passerelle.server.changes.ChangeWaits;
import dev.passerelle.server.demo.DemoErp;
import dev.passerelle.server.endpoint.BodySizeLimit;
import dev.passerelle.server.endpoint.Maintenance;
import dev.passerelle.server.endpoint.PasserelleEndpoint;
import dev.passerelle.server.endpoint.Publisher;
import dev.passerelle.server.endpoint.ServiceInfoQuery;
import dev.passerelle.server.endpoint.SoapMetrics;
import dev.passerelle.server.ops.ErpHealth;
import dev.passerelle.server.ops.OpsHandler;
import dev.passerelle.server.rtdv.RtdvQueries;
import dev.passerelle.server.security.Logins;
import dev.passerelle.server.store.TrackedTables;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.cxf.Bus;
import org.apache.cxf.jaxws.EndpointImpl;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running ERP endpoint: Jetty + CXF over one ERP database, with {@code GET /health} and
 * {@code GET /metrics} on the same port (each unless turned off). {@link #start} is the one wiring
 * point of the server program. Thread-safe; close it once.
 */
public final class ErpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ErpServer.class);
    static final String CONTEXT_PATH = "/passerelle";
    static final String SERVICE_PATH = "/v1";
    /** Calls WaitForChanges may hold at once: a quarter of Jetty's 200 threads, the rest for other calls. */
    static final int MAX_WAITERS = 50;
    /** How long a stopping server lets the calls it is answering finish before it closes their connections. */
    static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private final Database database;
    private final Server jetty;
    private final GracefulHandler calls;
    private final Bus bus;
    private final EndpointImpl endpoint;
    private final Maintenance maintenance;
    private final ChangeWaits waits;
    private final URI endpointUrl;
    private final ErpHealth health;
    private final PrometheusMetrics metrics;

    private ErpServer(Database database, Server jetty, GracefulHandler calls, Bus bus, EndpointImpl endpoint, Maintenance maintenance,
                      ChangeWaits waits, URI endpointUrl, ErpHealth health, PrometheusMetrics metrics) {
        this.database = database;
        this.jetty = jetty;
        this.calls = calls;
        this.bus = bus;
        this.endpoint = endpoint;
        this.maintenance = maintenance;
        this.waits = waits;
        this.endpointUrl = endpointUrl;
        this.health = health;
        this.metrics = metrics;
    }

    /** Migrates the database, seeds demo data if asked (and the database has no account yet), starts Jetty. */
    public static ErpServer start(ServerSettings settings) {
        PrometheusMetrics metrics = settings.metricsEnabled() ? PrometheusMetrics.withJvmMeters() : null;
        Database database;
        try {
            database = Database.open(settings.database(), "erp", metrics == null ? null : metrics.registry());
        } catch (RuntimeException failure) {
            if (metrics != null) {
                metrics.close();
            }
            throw failure;
        }
        Server jetty = null;
        Bus bus = null;
        ErpHealth health = null;
        try {
            database.migrate("erp");
            if (settings.demoAccounts() > 0 && DemoErp.isEmpty(database)) {
                DemoErp.generate(database, settings.demoAccounts(), settings.demoSeed());
            }
            Maintenance maintenance = new Maintenance(database, settings.retryAfter(), settings.clock());
            TrackedTables tables = new TrackedTables();
            ChangeWaits waits = new ChangeWaits(database, maintenance::isOn,
                    ChangeWaits.maxWaitSeconds(settings.requestTimeout()), MAX_WAITERS);
            PasserelleEndpoint port = new PasserelleEndpoint(settings.users(), maintenance,
                    new ServiceInfoQuery(database, settings.clock(), new ServiceInfoQuery.Limits(settings.maxPageSize(),
                            settings.maxBatchSize(), settings.tombstoneRetention(), waits.maxWaitSeconds()), maintenance),
                    new ChangeFeed(database, tables, settings.maxPageSize(), settings.clock(), settings.tombstoneRetention()),
                    waits,
                    new ChangeApplier(database, tables, settings.maxBatchSize()),
                    new RtdvQueries(database, settings.clock(), settings.maxPageSize()));

            bus = PrivateBus.withoutPolicyEngine();
            jetty = new Server();
            ServerConnector connector = new ServerConnector(jetty);
            connector.setHost(settings.host());
            connector.setPort(settings.port());
            connector.setIdleTimeout(settings.requestTimeout().toMillis());
            jetty.addConnector(connector);
            ServletContextHandler context = new ServletContextHandler(CONTEXT_PATH);
            CXFNonSpringServlet servlet = new CXFNonSpringServlet();
            servlet.setBus(bus);
            ServletHolder holder = new ServletHolder("cxf", servlet);
            holder.setInitParameter("hide-service-list-page", "true");
            holder.setInitOrder(1);
            // Refused logins have their answer held back on a suspended request, not on a sleeping thread.
            holder.setAsyncSupported(true);
            context.addServlet(holder, "/*");
            BodySizeLimit sizeLimit = new BodySizeLimit(settings.maxRequestBytes());
            sizeLimit.setHandler(context);
            health = settings.healthEnabled() ? new ErpHealth(database, maintenance) : null;
            // counts the calls being answered, so that close() lets them finish
            GracefulHandler calls = new GracefulHandler(new OpsHandler(health == null ? null : health::check, metrics, sizeLimit));
            jetty.setHandler(calls);
            jetty.start();

            Logins logins = new Logins(settings.users(), settings.loginLimits(), settings.clock());
            EndpointImpl endpoint = Publisher.publish(bus, port, logins, SERVICE_PATH, settings.maxRequestBytes(),
                    metrics == null ? null : new SoapMetrics(metrics.registry()));
            String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
            URI url = URI.create("http://" + host + ":" + connector.getLocalPort() + CONTEXT_PATH + SERVICE_PATH);
            LOG.info("ERP endpoint listening at {} (database {})", url, settings.database());
            return new ErpServer(database, jetty, calls, bus, endpoint, maintenance, waits, url, health, metrics);
        } catch (Exception failure) {
            stopQuietly(jetty);
            if (bus != null) {
                bus.shutdown(false);
            }
            if (health != null) {
                health.close();
            }
            database.close();
            if (metrics != null) {
                metrics.close();
            }
            throw failure instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("the ERP endpoint could not start: " + failure.getMessage(), failure);
        }
    }

    /** The endpoint's address, e.g. {@code http://127.0.0.1:PORT/passerelle/v1}; {@code ?wsdl} serves the contract. */
    public URI endpointUrl() {
        return endpointUrl;
    }

    public int port() {
        return endpointUrl.getPort();
    }

    /** The root of the endpoint's port, e.g. {@code http://127.0.0.1:PORT}: {@code /health}, {@code /metrics}. */
    public URI baseUrl() {
        return endpointUrl.resolve("/");
    }

    /** {@code GET} it for the endpoint's health (empty when {@code erp.health.enabled} is false). */
    public Optional<URI> healthUrl() {
        return health == null ? Optional.empty() : Optional.of(baseUrl().resolve(OpsHandler.HEALTH_PATH));
    }

    /** {@code GET} it for the endpoint's meters (empty when {@code erp.metrics.enabled} is false). */
    public Optional<URI> metricsUrl() {
        return metrics == null ? Optional.empty() : Optional.of(baseUrl().resolve(OpsHandler.METRICS_PATH));
    }

    /** The endpoint's meters (empty when {@code erp.metrics.enabled} is false). */
    public Optional<PrometheusMetrics> metrics() {
        return Optional.ofNullable(metrics);
    }

    /** How many WaitForChanges calls the endpoint holds now. */
    public int heldWaits() {
        return waits.held();
    }

    /** The ERP database (tests and the demo edit it with plain SQL; those edits are tracked too). */
    public Database database() {
        return database;
    }

    /**
     * "Disconnect": while on, every operation but GetServiceInfo answers the unavailable fault, on every
     * instance sharing the database (see {@link Maintenance}).
     */
    public void setMaintenance(boolean on) {
        LOG.info("maintenance {}", maintenance.set(on, null, "this endpoint").describe());
    }

    /**
     * Stops: calls arriving from now on are refused (HTTP 503), held WaitForChanges calls are answered
     * at once, and the calls being answered finish (for at most {@link #STOP_GRACE}) before Jetty closes
     * their connections.
     */
    @Override
    public void close() {
        waits.stop();
        finishCalls();
        endpoint.stop();
        stopQuietly(jetty);
        bus.shutdown(true);
        if (health != null) {
            health.close();
        }
        database.close();
        if (metrics != null) {
            metrics.close();
        }
    }

    private void finishCalls() {
        try {
            calls.shutdown().get(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            LOG.warn("{} calls still running after {} s are cut as the endpoint stops",
                    calls.getCurrentRequestCount(), STOP_GRACE.toSeconds());
        } catch (ExecutionException failure) {
            LOG.warn("the calls being answered could not be counted down: {}", failure.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void stopQuietly(Server jetty) {
        if (jetty == null) {
            return;
        }
        try {
            jetty.stop();
        } catch (Exception failure) {
            LOG.warn("Jetty did not stop cleanly: {}", failure.getMessage());
        }
    }
}
