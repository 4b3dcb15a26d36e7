package dev.passerelle.client.transport;

import dev.passerelle.common.soap.MinimumEscaping;
import dev.passerelle.common.soap.PrivateBus;
import dev.passerelle.contract.v1.ApplyChanges;
import dev.passerelle.contract.v1.ApplyChangesResponse;
import dev.passerelle.contract.v1.ApplyRecord;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.GetChanges;
import dev.passerelle.contract.v1.GetChangesResponse;
import dev.passerelle.contract.v1.GetServiceInfo;
import dev.passerelle.contract.v1.GetServiceInfoResponse;
import dev.passerelle.contract.v1.PasserellePortType;
import dev.passerelle.contract.v1.PasserelleService;
import dev.passerelle.contract.v1.WaitForChanges;
import jakarta.xml.ws.BindingProvider;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;

/**
 * The generated CXF client of the contract, with the WS-Security UsernameToken the contract's policy
 * asks for ({@link UsernameTokenHeader}), the integration's time-outs, and {@link Backoff} around each
 * call. Each transport has its own CXF bus, without the WS-Policy engine ({@link PrivateBus}), shut
 * down with it. Thread-safe: CXF proxies may be shared once configured.
 */
public final class SoapErpTransport implements ErpTransport {

    /** The request-context key with which CXF's HttpClientHTTPConduit sends a message over URLConnection. */
    static final String FORCE_URL_CONNECTION = "force.urlconnection.http.conduit";

    private final Bus bus;
    private final PasserellePortType port;
    private final Backoff backoff;

    private SoapErpTransport(Bus bus, PasserellePortType port, Backoff backoff) {
        this.bus = bus;
        this.port = port;
        this.backoff = backoff;
    }

    /** A transport to {@code endpointUrl}, authenticating as {@code user}. */
    public static SoapErpTransport connect(String endpointUrl, String user, String password, Duration timeout,
                                           Backoff backoff) {
        Bus bus = PrivateBus.withoutPolicyEngine();
        try {
            PasserellePortType port;
            // The JAX-WS service takes the thread's default bus when it is made.
            Bus previous = BusFactory.getThreadDefaultBus(false);
            BusFactory.setThreadDefaultBus(bus);
            try {
                port = new PasserelleService().getPasserellePort();
            } finally {
                BusFactory.setThreadDefaultBus(previous);
            }
            Map<String, Object> context = ((BindingProvider) port).getRequestContext();
            context.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, endpointUrl);
            // CXF's default client transport (java.net.http) cost several times the URLConnection one per
            // call. The system property org.apache.cxf.transport.http.forceURLConnection (set by the
            // launcher) is read once per JVM; per client, CXF reads this key on each message.
            context.put(FORCE_URL_CONNECTION, Boolean.TRUE);
            context.put("thread.local.request.context", Boolean.FALSE);
            // HTTP errors reach the in-chain, where HttpStatusCheck reads their status and Retry-After.
            context.put(HTTPConduit.NO_IO_EXCEPTIONS, Boolean.TRUE);
            Client client = ClientProxy.getClient(port);
            MinimumEscaping.install(client.getEndpoint().getService().getDataBinding());
            client.getOutInterceptors().add(new UsernameTokenHeader(user, password, new TokenIds()));
            client.getInInterceptors().add(new HttpStatusCheck());
            HTTPConduit conduit = (HTTPConduit) client.getConduit();
            HTTPClientPolicy policy = new HTTPClientPolicy();
            policy.setConnectionTimeout(Math.min(timeout.toMillis(), 10_000L));
            policy.setReceiveTimeout(timeout.toMillis());
            policy.setAllowChunking(false);
            conduit.setClient(policy);
            return new SoapErpTransport(bus, port, backoff);
        } catch (RuntimeException failure) {
            bus.shutdown(false);
            throw failure;
        }
    }

    @Override
    public GetServiceInfoResponse serviceInfo() {
        return backoff.run(() -> port.getServiceInfo(new GetServiceInfo()));
    }

    @Override
    public GetChangesResponse changes(EntityType entity, String token, int pageSize) {
        GetChanges request = new GetChanges();
        request.setEntity(entity);
        request.setToken(token);
        request.setPageSize(pageSize);
        return backoff.run(() -> port.getChanges(request));
    }

    @Override
    public long waitForChanges(long knownHorizon, int waitSeconds) {
        WaitForChanges request = new WaitForChanges();
        request.setKnownHorizon(knownHorizon);
        request.setWaitSeconds(waitSeconds);
        try {
            return port.waitForChanges(request).getChangeHorizon();
        } catch (Exception failure) {
            throw FaultMapper.map(failure);
        }
    }

    @Override
    public ApplyChangesResponse apply(String batchId, List<ApplyRecord> records) {
        ApplyChanges request = new ApplyChanges();
        request.setBatchId(batchId);
        request.getRecord().addAll(records);
        return backoff.run(() -> port.applyChanges(request));
    }

    @Override
    public <T> T query(PortCall<T> call) {
        return backoff.run(() -> call.call(port));
    }

    @Override
    public PasserellePortType port() {
        return port;
    }

    @Override
    public void close() {
        try {
            ClientProxy.getClient(port).destroy();
        } finally {
            bus.shutdown(false);
        }
    }
}
