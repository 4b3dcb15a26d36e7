package dev.passerelle.server.endpoint;

import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * Tells CXF not to copy what is left of a request into a cache before the answer is sent. Unless
 * told otherwise, CXF marks every request with an answer "cache input", and when the answer's
 * headers go out it copies the rest of the request stream into a {@code CachedOutputStream}, for
 * services that still read the request (streamed parameters, attachments) while they answer. Every
 * operation of the contract is unmarshalled whole before it runs, so nothing reads the request
 * afterwards; without the mark CXF only drains what is left (the closing tags). Stateless,
 * thread-safe.
 */
final class RequestNotCached extends AbstractPhaseInterceptor<Message> {

    /** The exchange property CXF's OutgoingChainInterceptor leaves alone when it is already set. */
    static final String CACHE_INPUT = "cxf.io.cacheinput";

    RequestNotCached() {
        super(Phase.RECEIVE);
    }

    @Override
    public void handleMessage(Message message) {
        Exchange exchange = message.getExchange();
        if (exchange != null) {
            exchange.put(CACHE_INPUT, Boolean.FALSE);
        }
    }
}
