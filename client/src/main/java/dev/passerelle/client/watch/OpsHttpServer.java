package dev.passerelle.client.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.passerelle.common.ops.Health;
import dev.passerelle.common.ops.PrometheusMetrics;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The small HTTP server of {@code crm-sync watch}: {@code GET /health} and {@code GET /metrics}, each
 * unless turned off ({@code null}: answered 404), on the JDK's own HTTP server (the engine has no web
 * server of its own to reuse), two threads. No authentication: it listens on 127.0.0.1 unless told
 * otherwise. Thread-safe; close it once.
 */
public final class OpsHttpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OpsHttpServer.class);

    private final HttpServer server;
    private final ExecutorService threads;

    private OpsHttpServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /** Starts listening on {@code host}:{@code port} (0: any free port). */
    public static OpsHttpServer start(String host, int port, Supplier<Health> health, PrometheusMetrics metrics)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 16);
        server.createContext("/", exchange -> answer(exchange, health, metrics));
        ExecutorService threads = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "watch-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.start();
        return new OpsHttpServer(server, threads);
    }

    /** The server's root, e.g. {@code http://127.0.0.1:PORT/}. */
    public URI baseUrl() {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/");
    }

    private static void answer(HttpExchange exchange, Supplier<Health> health, PrometheusMetrics metrics) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            boolean isHealth = "/health".equals(path) && health != null;
            boolean isMetrics = "/metrics".equals(path) && metrics != null;
            if (!isHealth && !isMetrics) {
                send(exchange, 404, "text/plain; charset=utf-8", "not found\n");
            } else if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET");
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n");
            } else if (isHealth) {
                Health answer = health.get();
                send(exchange, answer.httpStatus(), Health.CONTENT_TYPE, answer.json() + "\n");
            } else {
                send(exchange, 200, PrometheusMetrics.CONTENT_TYPE, metrics.scrape());
            }
        } catch (RuntimeException failure) {
            LOG.warn("GET {} failed", exchange.getRequestURI().getPath(), failure);
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
