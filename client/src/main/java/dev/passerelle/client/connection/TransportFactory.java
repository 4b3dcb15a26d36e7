package dev.passerelle.client.connection;

import dev.passerelle.client.config.IntegrationSettings;
import dev.passerelle.client.transport.Backoff;
import dev.passerelle.client.transport.ErpTransport;
import dev.passerelle.client.transport.SoapErpTransport;

/** Opens the transport of an integration. The default is the SOAP client; tests may give their own backoff. */
@FunctionalInterface
public interface TransportFactory {

    ErpTransport open(IntegrationSettings integration);

    /** The generated CXF client with WS-Security and the integration's time-out and retry attempts. */
    static TransportFactory soap() {
        return integration -> SoapErpTransport.connect(integration.erpUrl(), integration.erpUser(),
                integration.erpPassword(), integration.timeout(), Backoff.standard(integration.retryAttempts()));
    }
}
