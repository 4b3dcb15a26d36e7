package dev.passerelle.client;

import dev.passerelle.client.transport.ErpTransport;
import dev.passerelle.contract.v1.ApplyChangesResponse;
import dev.passerelle.contract.v1.ApplyRecord;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.GetChangesResponse;
import dev.passerelle.contract.v1.GetServiceInfoResponse;
import dev.passerelle.contract.v1.PasserellePortType;
import java.util.List;

/** A transport passing every call to a real one; tests override the call they make misbehave. */
public class ForwardingTransport implements ErpTransport {

    protected final ErpTransport real;

    public ForwardingTransport(ErpTransport real) {
        this.real = real;
    }

    @Override
    public GetServiceInfoResponse serviceInfo() {
        return real.serviceInfo();
    }

    @Override
    public GetChangesResponse changes(EntityType entity, String token, int pageSize) {
        return real.changes(entity, token, pageSize);
    }

    @Override
    public long waitForChanges(long knownHorizon, int waitSeconds) {
        return real.waitForChanges(knownHorizon, waitSeconds);
    }

    @Override
    public ApplyChangesResponse apply(String batchId, List<ApplyRecord> records) {
        return real.apply(batchId, records);
    }

    @Override
    public PasserellePortType port() {
        return real.port();
    }

    @Override
    public void close() {
        real.close();
    }
}
