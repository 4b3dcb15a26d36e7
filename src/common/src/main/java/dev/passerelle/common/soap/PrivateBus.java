package dev.passerelle.common.soap;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.ws.policy.PolicyEngine;

/**
 * A CXF bus of one endpoint or one client, without the WS-Policy engine, and never the JVM's
 * default bus.
 *
 * <p>The contract's only policy is the WS-Security UsernameToken, which the endpoint requires and
 * the client sends by code of their own; the engine computed the effective policy of every message
 * and verified it again, on both ends, and that was a tenth of the endpoint's CPU per call and a
 * fifth of the client's. CXF makes the first bus it creates the default of the JVM and of the
 * thread; this one is taken back, so that whatever else runs in the JVM (the demo and the bench run
 * the endpoint and the client together, a host application may use CXF too) keeps its own.
 *
 * <p>The bus names the class loader of its messages. Without one, CXF's servlet controller asked
 * the bus's resource manager for it on every request, which searched every jar of the class path
 * for a resource named "", in vain: 2% of the endpoint's CPU per call.
 *
 * <p>Every message the bus reads, request or response, first anchors JAXB's bookkeeping on its
 * thread ({@link JaxbThreadAnchor}).
 */
public final class PrivateBus {

    private PrivateBus() {
    }

    public static Bus withoutPolicyEngine() {
        Bus bus = BusFactory.newInstance().createBus();
        if (BusFactory.getDefaultBus(false) == bus) {
            BusFactory.setDefaultBus(null);
        }
        if (BusFactory.getThreadDefaultBus(false) == bus) {
            BusFactory.setThreadDefaultBus(null);
        }
        bus.setExtension(PrivateBus.class.getClassLoader(), ClassLoader.class);
        bus.getInInterceptors().add(new JaxbThreadAnchor());
        PolicyEngine policies = bus.getExtension(PolicyEngine.class);
        if (policies != null) {
            policies.setEnabled(false);
        }
        return bus;
    }
}
