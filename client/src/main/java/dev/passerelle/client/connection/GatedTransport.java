package dev.passerelle.client.connection;

import dev.passerelle.client.transport.ErpTransport;
import dev.passerelle.contract.v1.ApplyChangesResponse;
import dev.passerelle.contract.v1.ApplyRecord;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.GetChangesResponse;
import dev.passerelle.contract.v1.GetServiceInfoResponse;
import dev.passerelle.contract.v1.PasserellePortType;
import java.util.List;

/**
 * The transport of an integration behind its disconnect switch: every call first checks that the
 * integration is connected, so that no call reaches an ERP disconnected by any process, even through a
 * transport opened before. Real-time queries are checked when they take the port. One indexed read per call,
 * or one per run: a disconnect takes the run lock, so the state cannot change while a run holds it.
 */
public final class GatedTransport implements ErpTransport {

    private final ErpTransport delegate;
    private final ErpLinks links;
    private final String integration;

    public GatedTransport(ErpTransport delegate, ErpLinks links, String integration) {
        this.delegate = delegate;
        this.links = links;
        this.integration = integration;
    }

    @Override
    public GetServiceInfoResponse serviceInfo() {
        links.requireConnected(integration);
        return delegate.serviceInfo();
    }

    @Override
    public GetChangesResponse changes(EntityType entity, String token, int pageSize) {
        links.requireConnected(integration);
        return delegate.changes(entity, token, pageSize);
    }

    @Override
    public long waitForChanges(long knownHorizon, int waitSeconds) {
        links.requireConnected(integration);
        return delegate.waitForChanges(knownHorizon, waitSeconds);
    }

    @Override
    public ApplyChangesResponse apply(String batchId, List<ApplyRecord> records) {
        links.requireConnected(integration);
        return delegate.apply(batchId, records);
    }

    @Override
    public PasserellePortType port() {
        links.requireConnected(integration);
        return delegate.port();
    }

    @Override
    public <T> T query(PortCall<T> call) {
        links.requireConnected(integration);
        return delegate.query(call);
    }

    /** Checks once, under the run lock the caller holds; the run's calls then go straight through. */
    @Override
    public ErpTransport forRun() {
        links.requireConnected(integration);
        return delegate;
    }

    @Override
    public void close() {
        delegate.close();
    }
}
