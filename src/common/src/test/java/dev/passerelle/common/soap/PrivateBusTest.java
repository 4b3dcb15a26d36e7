package dev.passerelle.common.soap;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.ws.policy.PolicyEngine;
import org.junit.jupiter.api.Test;

class PrivateBusTest {

    @Test
    void isNeitherTheJvmsNorTheThreadsDefaultBus() {
        Bus bus = PrivateBus.withoutPolicyEngine();
        try {
            assertThat(BusFactory.getDefaultBus(false)).isNotSameAs(bus);
            assertThat(BusFactory.getThreadDefaultBus(false)).isNotSameAs(bus);
        } finally {
            bus.shutdown(false);
        }
    }

    @Test
    void runsNoPolicyEngine() {
        Bus bus = PrivateBus.withoutPolicyEngine();
        try {
            assertThat(bus.getExtension(PolicyEngine.class).isEnabled()).isFalse();
        } finally {
            bus.shutdown(false);
        }
    }

    @Test
    void namesTheClassLoaderOfItsMessagesSoThatNoRequestSearchesTheClassPathForIt() {
        Bus bus = PrivateBus.withoutPolicyEngine();
        try {
            assertThat(bus.getExtension(ClassLoader.class)).isSameAs(PrivateBus.class.getClassLoader());
        } finally {
            bus.shutdown(false);
        }
    }

    @Test
    void anchorsJaxbOnTheThreadOfEveryMessageItReads() {
        Bus bus = PrivateBus.withoutPolicyEngine();
        try {
            assertThat(bus.getInInterceptors()).hasAtLeastOneElementOfType(JaxbThreadAnchor.class);
        } finally {
            bus.shutdown(false);
        }
    }
}
