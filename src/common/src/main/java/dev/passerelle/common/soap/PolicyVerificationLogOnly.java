package dev.passerelle.common.soap;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.cxf.common.logging.LogUtils;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.ws.policy.PolicyOutInterceptor;
import org.apache.cxf.ws.policy.PolicyVerificationOutInterceptor;

/**
 * Takes CXF's {@link PolicyVerificationOutInterceptor} out of an outgoing message's chain while its
 * logger is not at FINE. That interceptor checks the outgoing message against its effective policy
 * but only logs the outcome at FINE, never refuses anything, and the check (walking the policy and
 * the assertion map) was a visible share of each call on both ends. With FINE on, it stays and logs
 * as before. Incoming messages are verified as before: that check is enforced. Stateless,
 * thread-safe; add it to the out interceptors of an endpoint or client.
 */
public final class PolicyVerificationLogOnly extends AbstractPhaseInterceptor<Message> {

    private static final Logger VERIFICATION_LOG = LogUtils.getL7dLogger(PolicyVerificationOutInterceptor.class);

    public PolicyVerificationLogOnly() {
        super(Phase.SETUP);
        // PolicyOutInterceptor adds the verification to the chain of each message it sets up.
        addAfter(PolicyOutInterceptor.class.getName());
    }

    @Override
    public void handleMessage(Message message) {
        if (!VERIFICATION_LOG.isLoggable(Level.FINE) && message.getInterceptorChain() != null) {
            message.getInterceptorChain().remove(PolicyVerificationOutInterceptor.INSTANCE);
        }
    }
}
