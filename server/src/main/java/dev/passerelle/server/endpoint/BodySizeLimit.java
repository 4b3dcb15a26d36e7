package dev.passerelle.server.endpoint;

import java.util.UUID;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's limit on request bodies, with the log line of each request it refuses. A body that declares
 * a length over the limit is answered HTTP 413 here, before anything reaches CXF, with a correlation
 * id that is also logged; a body sent without a length (chunked) that grows past the limit fails while
 * CXF reads it, and {@link FaultTranslator} answers and logs that one. Thread-safe.
 */
public final class BodySizeLimit extends SizeLimitHandler {

    private final long maxRequestBytes;

    public BodySizeLimit(long maxRequestBytes) {
        super(maxRequestBytes, -1);
        this.maxRequestBytes = maxRequestBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long length = request.getLength();
        if (length <= maxRequestBytes) {
            return super.handle(request, response, callback);
        }
        String correlationId = UUID.randomUUID().toString();
        String refusal = "The request body is larger than the " + maxRequestBytes + " bytes the endpoint accepts";
        FaultLog.refused(new RequestFacts(null, null, Request.getRemoteAddr(request)), correlationId,
                refusal + " (" + length + " bytes declared).", false);
        Response.writeError(request, response, callback, 413, refusal + ". Correlation id: " + correlationId);
        return true;
    }
}
