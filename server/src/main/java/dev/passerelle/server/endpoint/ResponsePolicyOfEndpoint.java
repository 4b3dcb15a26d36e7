package dev.passerelle.server.endpoint;

import java.util.List;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.ws.policy.PolicyVerificationInInterceptor;

/**
 * Lets CXF reuse the response policy it computes once per operation instead of computing it again
 * for every answer. Once a request's policy is verified, CXF keeps the request alternatives that
 * held and then derives the response policy from them, per message; without them it takes the
 * operation's response policy, cached. The contract's policy has one alternative (the UsernameToken),
 * so both give the same response policy: when at most one alternative held, it is not kept. Requests
 * are verified exactly as before (this runs after the verification). Stateless, thread-safe.
 */
final class ResponsePolicyOfEndpoint extends AbstractPhaseInterceptor<Message> {

    /** The exchange key under which CXF's verification keeps the request alternatives that held. */
    static final String VALIDATED_ALTERNATIVES = "ws-policy.validated.alternatives";

    ResponsePolicyOfEndpoint() {
        super(Phase.PRE_INVOKE);
        addAfter(PolicyVerificationInInterceptor.class.getName());
    }

    @Override
    public void handleMessage(Message message) {
        Exchange exchange = message.getExchange();
        if (exchange != null && exchange.get(VALIDATED_ALTERNATIVES) instanceof List<?> held && held.size() <= 1) {
            exchange.remove(VALIDATED_ALTERNATIVES);
        }
    }
}
