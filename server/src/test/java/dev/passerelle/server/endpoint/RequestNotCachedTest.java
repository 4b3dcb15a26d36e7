package dev.passerelle.server.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.cxf.interceptor.OutgoingChainInterceptor;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.ExchangeImpl;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageImpl;
import org.junit.jupiter.api.Test;

/** CXF's own outgoing chain no longer marks a request whose answer is about to be sent for caching. */
class RequestNotCachedTest {

    @Test
    void cxfMarksARequestForCachingWhenNothingSaysOtherwise() {
        Message request = request();

        new OutgoingChainInterceptor().handleMessage(request);

        assertThat(request.get(RequestNotCached.CACHE_INPUT)).isEqualTo(Boolean.TRUE);
    }

    @Test
    void aReceivedRequestIsNotMarkedForCaching() {
        Message request = request();

        new RequestNotCached().handleMessage(request);
        new OutgoingChainInterceptor().handleMessage(request);

        assertThat(request.get(RequestNotCached.CACHE_INPUT)).isNotEqualTo(Boolean.TRUE);
    }

    private static Message request() {
        Message message = new MessageImpl();
        Exchange exchange = new ExchangeImpl();
        exchange.setInMessage(message);
        message.setExchange(exchange);
        return message;
    }
}
