package dev.passerelle.server.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.ExchangeImpl;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageImpl;
import org.apache.cxf.ws.policy.PolicyVerificationInInterceptor;
import org.junit.jupiter.api.Test;

/** The request alternatives that held are dropped only when the response policy cannot depend on them. */
class ResponsePolicyOfEndpointTest {

    private final ResponsePolicyOfEndpoint interceptor = new ResponsePolicyOfEndpoint();

    @Test
    void runsAfterThePolicyOfTheRequestIsVerified() {
        assertThat(interceptor.getAfter()).contains(PolicyVerificationInInterceptor.class.getName());
    }

    @Test
    void oneAlternativeThatHeldIsNotKeptSoTheCachedResponsePolicyIsUsed() {
        Message message = messageWith(List.of(List.of()));

        interceptor.handleMessage(message);

        assertThat(message.getExchange().containsKey(ResponsePolicyOfEndpoint.VALIDATED_ALTERNATIVES)).isFalse();
    }

    @Test
    void severalAlternativesThatHeldAreKept() {
        Message message = messageWith(List.of(List.of(), List.of()));

        interceptor.handleMessage(message);

        assertThat(message.getExchange().get(ResponsePolicyOfEndpoint.VALIDATED_ALTERNATIVES)).isEqualTo(List.of(List.of(), List.of()));
    }

    private static Message messageWith(List<?> alternatives) {
        Message message = new MessageImpl();
        Exchange exchange = new ExchangeImpl();
        exchange.put(ResponsePolicyOfEndpoint.VALIDATED_ALTERNATIVES, alternatives);
        message.setExchange(exchange);
        return message;
    }
}
