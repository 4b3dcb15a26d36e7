package dev.passerelle.client;

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
final class CountingTransports implements TransportFactory {

    private final TransportFactory soap = TransportFactory.soap();
    private final AtomicInteger calls = new AtomicInteger();

    int calls() {
        return calls.get();
    }

    @Override
    public ErpTransport open(IntegrationSettings integration) {
        ErpTransport delegate = soap.open(integration);
        return new ErpTransport() {
            @Override
            public GetServiceInfoResponse serviceInfo() {
                calls.incrementAndGet();
                return delegate.serviceInfo();
            }

            @Override
            public GetChangesResponse changes(EntityType entity, String token, int pageSize) {
                calls.incrementAndGet();
                return delegate.changes(entity, token, pageSize);
            }

            @Override
            public ApplyChangesResponse apply(String batchId, List<ApplyRecord> records) {
                calls.incrementAndGet();
                return delegate.apply(batchId, records);
            }

            @Override
            public PasserellePortType port() {
                calls.incrementAndGet();
                return delegate.port();
            }

            @Override
            public void close() {
                delegate.close();
            }
        };
    }
}
