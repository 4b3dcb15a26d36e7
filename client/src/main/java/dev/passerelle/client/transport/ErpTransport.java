package dev.passerelle.client.transport;

import dev.passerelle.contract.v1.ApplyChangesResponse;
import dev.passerelle.contract.v1.ApplyRecord;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.GetChangesResponse;
import dev.passerelle.contract.v1.GetServiceInfoResponse;
import dev.passerelle.contract.v1.PasserellePortType;
import java.util.List;

/**
 * The engine's way to the ERP endpoint of one integration. Every failure surfaces as an
 * {@link ErpException} subtype (faults are mapped once, here); unavailable and time-out are retried
 * with backoff before they surface. Implementations are thread-safe.
 */
public interface ErpTransport extends AutoCloseable {

    GetServiceInfoResponse serviceInfo();

    /** One page of changes of an entity after a token ({@code null}: a full snapshot). */
    GetChangesResponse changes(EntityType entity, String token, int pageSize);

    /**
     * Holds until the ERP's change horizon differs from {@code knownHorizon} or {@code waitSeconds}
     * pass (WaitForChanges), and answers the horizon. One attempt: its caller decides when to ask again.
     */
    long waitForChanges(long knownHorizon, int waitSeconds);

    /** Sends one batch; replaying the same batch id returns the stored answer. */
    ApplyChangesResponse apply(String batchId, List<ApplyRecord> records);

    /**
     * The configured port (WS-Security, time-outs) for calls the engine does not wrap, such as the
     * real-time queries; callers map its faults with {@link FaultMapper}.
     */
    PasserellePortType port();

    /** A call made on the configured port; its contract faults are checked exceptions. */
    @FunctionalInterface
    interface PortCall<T> {
        T call(PasserellePortType port) throws Exception;
    }

    /**
     * A call the engine does not wrap (the real-time queries), made on the configured port with the
     * transport's retries; every failure surfaces as an {@link ErpException}.
     */
    default <T> T query(PortCall<T> call) {
        try {
            return call.call(port());
        } catch (Exception failure) {
            throw FaultMapper.map(failure);
        }
    }

    /**
     * This transport for the calls of one run, made while the integration's run lock is held. A
     * transport with checks that the run lock makes constant (see the engine's disconnect switch)
     * makes them once here instead of on every call; by default, the transport itself.
     */
    default ErpTransport forRun() {
        return this;
    }

    @Override
    void close();
}
