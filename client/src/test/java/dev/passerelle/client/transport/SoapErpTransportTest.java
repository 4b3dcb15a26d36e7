package dev.passerelle.client.transport;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.xml.ws.BindingProvider;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How the transport configures CXF's client, checked on a real generated client. */
class SoapErpTransportTest {

    @Test
    void theClientAsksForTheUrlConnectionTransportUnderTheKeyCxfReadsPerMessage() {
        SoapErpTransport transport = SoapErpTransport.connect("http://localhost:9/passerelle/v1", "sync", "secret",
                Duration.ofSeconds(1), Backoff.standard(1));
        try {
            assertThat(((BindingProvider) transport.port()).getRequestContext())
                    .containsEntry("force.urlconnection.http.conduit", Boolean.TRUE);
        } finally {
            transport.close();
        }
    }
}
