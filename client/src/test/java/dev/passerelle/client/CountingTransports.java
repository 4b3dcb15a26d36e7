package dev.passerelle.client;

import dev.passerelle.client.config.IntegrationSettings;
import dev.passerelle.client.connection.TransportFactory;
import dev.passerelle.client.transport.ErpTransport;
import dev.passerelle.contract.v1.ApplyChangesResponse;
import dev.passerelle.contract.v1.ApplyRecord;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.GetChangesResponse;
import dev.passerelle.contract.v1.GetServiceInfoResponse;
import dev.passerelle.contract.v1.PasserellePortType;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** The SOAP transport, counting every call that reaches for the ERP (all integrations together). */
public final class CountingTransports implements TransportFactory {

    private final TransportFactory soap = TransportFactory.soap();
    private final AtomicInteger calls = new AtomicInteger();

    public int calls() {
        return calls.get();
    }

    @Override
    public ErpTransport open(IntegrationSettings integration) {
        return new ForwardingTransport(soap.open(integration)) {
            @Override
            public GetServiceInfoResponse serviceInfo() {
                calls.incrementAndGet();
                return super.serviceInfo();
            }

            @Override
            public GetChangesResponse changes(EntityType entity, String token, int pageSize) {
                calls.incrementAndGet();
                return super.changes(entity, token, pageSize);
            }

            @Override
            public ApplyChangesResponse apply(String batchId, List<ApplyRecord> records) {
                calls.incrementAndGet();
                return super.apply(batchId, records);
            }

            @Override
            public PasserellePortType port() {
                calls.incrementAndGet();
                return super.port();
            }
        };
    }
}
