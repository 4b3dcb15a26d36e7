package dev.passerelle.interop;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.handler.Handler;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.List;
import passerelle.erp.v1.PasserellePortType;
import passerelle.erp.v1.PasserelleService;

/**
 * Makes ports of the client Metro's wsimport generated with default settings, the way an integrator
 * would: the service reads the WSDL the endpoint serves ({@code ?wsdl}), and a handler adds the
 * caller's UsernameToken. Stateless; each port is for one caller and, as JAX-WS ports are, for one
 * thread at a time.
 */
public final class MetroPorts {

    private final URI endpoint;
    private final PasserelleService service;

    /** Reads the contract from {@code endpoint?wsdl} once; the ports made later share it. */
    public MetroPorts(URI endpoint) {
        this.endpoint = endpoint;
        this.service = new PasserelleService(toUrl(URI.create(endpoint + "?wsdl")));
    }

    /** A port calling the endpoint as {@code user}. */
    public PasserellePortType as(String user, String password) {
        PasserellePortType port = service.getPasserellePort();
        BindingProvider provider = (BindingProvider) port;
        // The served WSDL carries the address the endpoint saw the request on; say it anyway, as a
        // client behind a proxy or a load balancer has to.
        provider.getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, endpoint.toString());
        @SuppressWarnings("rawtypes")
        List<Handler> chain = List.of(new UsernameTokenHandler(user, password));
        provider.getBinding().setHandlerChain(chain);
        return port;
    }

    private static URL toUrl(URI uri) {
        try {
            return uri.toURL();
        } catch (MalformedURLException malformed) {
            throw new IllegalArgumentException("not a URL: " + uri, malformed);
        }
    }
}
