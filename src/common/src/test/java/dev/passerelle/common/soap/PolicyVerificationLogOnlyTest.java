package dev.passerelle.common.soap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.util.ArrayList;
import java.util.List;
import org.apache.cxf.interceptor.Interceptor;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageImpl;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.apache.cxf.bus.managers.PhaseManagerImpl;
import org.apache.cxf.ws.policy.PolicyVerificationOutInterceptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The log-only verification of outgoing messages leaves the chain unless its FINE logging is on. */
class PolicyVerificationLogOnlyTest {

    private final ch.qos.logback.classic.Logger verificationLog =
            (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(PolicyVerificationOutInterceptor.class);

    @AfterEach
    void resetLevel() {
        verificationLog.setLevel(null);
    }

    @Test
    void verificationThatOnlyLogsIsRemovedWhenNothingWouldBeLogged() {
        Message message = messageWithVerification();

        new PolicyVerificationLogOnly().handleMessage(message);

        assertThat(interceptors(message)).doesNotContain(PolicyVerificationOutInterceptor.INSTANCE);
    }

    @Test
    void verificationStaysWhenItsFineLoggingIsOn() {
        verificationLog.setLevel(Level.DEBUG);
        Message message = messageWithVerification();

        new PolicyVerificationLogOnly().handleMessage(message);

        assertThat(interceptors(message)).contains(PolicyVerificationOutInterceptor.INSTANCE);
    }

    private static Message messageWithVerification() {
        PhaseInterceptorChain chain = new PhaseInterceptorChain(new PhaseManagerImpl().getOutPhases());
        chain.add(PolicyVerificationOutInterceptor.INSTANCE);
        Message message = new MessageImpl();
        message.setInterceptorChain(chain);
        return message;
    }

    private static List<Interceptor<? extends Message>> interceptors(Message message) {
        List<Interceptor<? extends Message>> all = new ArrayList<>();
        message.getInterceptorChain().iterator().forEachRemaining(all::add);
        return all;
    }
}
