package dev.passerelle.server.ops;

import dev.passerelle.common.ops.Health;
import dev.passerelle.common.ops.PrometheusMetrics;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers {@code GET /health} and {@code GET /metrics} on the endpoint's own port, in front of
 * everything else, without WS-Security; each is left to the handler it wraps (which answers 404)
 * when turned off ({@code null}). Any other method on these paths is answered 405. Thread-safe.
 */
public final class OpsHandler extends Handler.Wrapper {

    public static final String HEALTH_PATH = "/health";
    public static final String METRICS_PATH = "/metrics";

    private final Supplier<Health> health;
    private final PrometheusMetrics metrics;

    public OpsHandler(Supplier<Health> health, PrometheusMetrics metrics, Handler next) {
        super(next);
        this.health = health;
        this.metrics = metrics;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = request.getHttpURI().getPath();
        boolean isHealth = HEALTH_PATH.equals(path) && health != null;
        boolean isMetrics = METRICS_PATH.equals(path) && metrics != null;
        if (!isHealth && !isMetrics) {
            return super.handle(request, response, callback);
        }
        if (!HttpMethod.GET.is(request.getMethod())) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET");
            Response.writeError(request, response, callback, 405);
            return true;
        }
        if (isHealth) {
            Health answer = health.get();
            response.setStatus(answer.httpStatus());
            answer.retryAfter().ifPresent(delay -> response.getHeaders().put(HttpHeader.RETRY_AFTER,
                    Long.toString(Math.max(1, delay.toSeconds()))));
            write(response, Health.CONTENT_TYPE, answer.json() + "\n", callback);
        } else {
            response.setStatus(200);
            write(response, PrometheusMetrics.CONTENT_TYPE, metrics.scrape(), callback);
        }
        return true;
    }

    private static void write(Response response, String contentType, String body, Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        Content.Sink.write(response, true, body, callback);
    }
}
