package dev.passerelle.server.endpoint;

import dev.passerelle.common.soap.MinimumEscaping;
import dev.passerelle.contract.v1.PasserelleService;
import dev.passerelle.server.security.Logins;
import dev.passerelle.server.security.UsernameTokenAuthenticator;
import dev.passerelle.server.security.UsernameTokenCheck;
import java.util.HashMap;
import java.util.Map;
import javax.xml.validation.Schema;
import org.apache.cxf.Bus;
import org.apache.cxf.jaxws.EndpointImpl;
import org.apache.cxf.logging.FaultListener;
import org.apache.cxf.logging.NoOpFaultListener;
import org.apache.cxf.service.model.ServiceInfo;
import org.apache.cxf.ws.addressing.EndpointReferenceUtils;

/**
 * Publishes the port on a CXF bus from the contract's own WSDL (so {@code ?wsdl} serves it, with its
 * schema imports and its WS-Policy), with WS-Security UsernameToken checked through {@link Logins},
 * schema validation on, bounded XML, and the stack's own faults translated to the contract's. Every
 * fault is logged once, by {@link FaultTranslator}: CXF's own report of each fault (a warning with
 * the stack trace, 40 to 60 lines for a wrong password) is turned off.
 *
 * <p>The bus is meant to have no WS-Policy engine ({@link dev.passerelle.common.soap.PrivateBus}):
 * the contract's only policy is the UsernameToken, which {@link UsernameTokenCheck} requires of
 * every request.
 */
public final class Publisher {

    // Bounds on incoming XML, well above any valid message of the contract (a batch of 500 records).
    private static final int MAX_CHILD_ELEMENTS = 50_000;
    private static final int MAX_ELEMENT_DEPTH = 64;
    private static final int MAX_TEXT_LENGTH = 128 * 1024;
    private static final int MAX_ATTRIBUTE_COUNT = 64;
    private static final int MAX_ATTRIBUTE_SIZE = 8 * 1024;
    private static final long MAX_ELEMENT_COUNT = 2_000_000L;

    private Publisher() {
    }

    /** Publishes the port; its calls are measured in {@code metrics} unless it is null. */
    public static EndpointImpl publish(Bus bus, PasserelleEndpoint port, Logins logins, String address, long maxRequestBytes,
                                       SoapMetrics metrics) {
        EndpointImpl endpoint = new EndpointImpl(bus, port);
        endpoint.setWsdlLocation(PasserelleEndpoint.WSDL_LOCATION);
        endpoint.setServiceName(PasserelleService.SERVICE);
        endpoint.setEndpointName(PasserelleService.PasserellePort);
        Map<String, Object> properties = new HashMap<>();
        properties.put("schema-validation-enabled", "IN");
        properties.put("org.apache.cxf.stax.maxChildElements", MAX_CHILD_ELEMENTS);
        properties.put("org.apache.cxf.stax.maxElementDepth", MAX_ELEMENT_DEPTH);
        properties.put("org.apache.cxf.stax.maxTextLength", MAX_TEXT_LENGTH);
        properties.put("org.apache.cxf.stax.maxAttributeCount", MAX_ATTRIBUTE_COUNT);
        properties.put("org.apache.cxf.stax.maxAttributeSize", MAX_ATTRIBUTE_SIZE);
        properties.put("org.apache.cxf.stax.maxElementCount", MAX_ELEMENT_COUNT);
        properties.put("org.apache.cxf.stax.maxXMLCharacters", maxRequestBytes);
        // Never send a stack trace or an exception class name with a fault.
        properties.put("faultStackTraceEnabled", "false");
        properties.put("exceptionMessageCauseEnabled", "false");
        // CXF's chain reports every fault unless a listener says it is handled; FaultTranslator logs it.
        properties.put(FaultListener.class.getName(), new NoOpFaultListener());
        endpoint.setProperties(properties);
        endpoint.getOutFaultInterceptors().add(new FaultTranslator(maxRequestBytes));
        if (metrics != null) {
            endpoint.getInInterceptors().add(metrics.start());
            endpoint.getOutInterceptors().add(metrics.end());
            endpoint.getOutFaultInterceptors().add(metrics.end());
        }
        endpoint.getInInterceptors().add(new UsernameTokenCheck(new UsernameTokenAuthenticator(logins)));
        endpoint.getInInterceptors().add(new RequestNotCached());
        endpoint.getInInterceptors().add(new OperationRequired());
        endpoint.publish(address);
        MinimumEscaping.install(endpoint.getServer().getEndpoint().getService().getDataBinding());
        reuseValidators(endpoint, bus);
        return endpoint;
    }

    // CXF reads the schema it validates with from the service model on every message.
    private static void reuseValidators(EndpointImpl endpoint, Bus bus) {
        ServiceInfo service = endpoint.getServer().getEndpoint().getEndpointInfo().getService();
        Schema schema = EndpointReferenceUtils.getSchema(service, bus);
        if (schema == null) {
            throw new IllegalStateException("the contract's schema could not be loaded for validation");
        }
        service.setProperty(Schema.class.getName(), new ReusedValidators(schema));
    }
}
