package dev.passerelle.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.xml.ws.spi.Provider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The client under test runs on Metro alone: CXF (a second implementation of the JAX-WS SPI) and the
 * product's own classes, which the endpoint's child JVM needs, never reach this JVM's class path.
 */
class MetroAloneTest {

    @Test
    void theJaxWsImplementationIsMetro() {
        assertThat(Provider.provider().getClass().getName()).startsWith("com.sun.xml.ws.");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "org.apache.cxf.Bus",
        "org.apache.cxf.jaxws.spi.ProviderImpl",
        "dev.passerelle.launcher.Main",
        "dev.passerelle.server.ErpServer",
        "dev.passerelle.contract.v1.PasserellePortType"})
    void classOfTheEndpointSideIsNotOnTheClassPath(String className) {
        assertThatThrownBy(() -> Class.forName(className)).isInstanceOf(ClassNotFoundException.class);
    }
}
