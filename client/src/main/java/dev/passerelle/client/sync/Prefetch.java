package dev.passerelle.client.sync;

import dev.passerelle.client.transport.FaultMapper;
import dev.passerelle.client.transport.ErpTransport;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.GetChangesResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Fetches the next page of changes on a helper thread while the current page is written, so that
 * network and store work overlap. At most one page ahead: memory holds two pages at most.
 */
final class Prefetch implements AutoCloseable {

    private final ErpTransport transport;
    private final EntityType entity;
    private final int pageSize;
    private final ExecutorService thread;
    private CompletableFuture<GetChangesResponse> pending;

    Prefetch(ErpTransport transport, EntityType entity, int pageSize) {
        this.transport = transport;
        this.entity = entity;
        this.pageSize = pageSize;
        this.thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread worker = new Thread(runnable, "prefetch-" + entity.value());
            worker.setDaemon(true);
            return worker;
        });
    }

    GetChangesResponse fetchNow(String token) {
        return transport.changes(entity, token, pageSize);
    }

    void start(String token) {
        pending = CompletableFuture.supplyAsync(() -> transport.changes(entity, token, pageSize), thread);
    }

    GetChangesResponse await() {
        try {
            return pending.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw FaultMapper.map(interrupted);
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        } finally {
            pending = null;
        }
    }

    @Override
    public void close() {
        if (pending != null) {
            pending.cancel(true);
        }
        thread.shutdownNow();
    }
}
