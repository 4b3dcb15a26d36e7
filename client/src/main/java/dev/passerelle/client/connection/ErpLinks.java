package dev.passerelle.client.connection;

import dev.passerelle.client.run.Action;
import dev.passerelle.client.run.EngineException;
import dev.passerelle.client.run.ErpLinkState;
import dev.passerelle.client.store.CrmStore;
import dev.passerelle.client.store.ErpLinkRows;
import dev.passerelle.client.store.RunLock;
import dev.passerelle.client.users.Permissions;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Disconnects an integration from its ERP so that exclusive ERP jobs (maintenance, free-field changes,
 * price updates, archiving) can run, and reconnects it. While disconnected the engine makes no call to
 * that ERP: runs, account creation, revenue refresh and real-time queries are refused with
 * {@link EngineException.Disconnected}; CRM edits keep going to the outbox and leave with the first run
 * after reconnecting. The state lives in the CRM store, so it holds for every process sharing it.
 * Thread-safe.
 */
public final class ErpLinks {

    private static final Logger LOG = LoggerFactory.getLogger(ErpLinks.class);
    /** The longest reason the store keeps (erp_link.reason). */
    static final int MAX_REASON = 400;

    private final CrmStore store;
    private final RunLock locks;

    public ErpLinks(CrmStore store, RunLock locks) {
        this.store = store;
        this.locks = locks;
    }

    /**
     * Disconnects an integration. Checks {@link Action#DISCONNECT}; takes the run lock for the moment
     * it writes, so a run in progress is never cut ({@link EngineException.Busy}: try again after it).
     */
    public ErpLinkState disconnect(String user, String integration, String reason) {
        return change(user, integration, false, reason);
    }

    /** Reconnects an integration; the next run sends what the CRM queued meanwhile. Checks {@link Action#DISCONNECT}. */
    public ErpLinkState reconnect(String user, String integration) {
        return change(user, integration, true, null);
    }

    /** The state of an integration ("connected" when it was never disconnected). */
    public ErpLinkState state(String integration) {
        return store.jdbi().withHandle(handle -> read(handle, integration))
                .orElse(new ErpLinkState(integration, true, null, null, null));
    }

    /** Throws {@link EngineException.Disconnected} when the integration is disconnected. */
    public void requireConnected(String integration) {
        ErpLinkState state = state(integration);
        if (!state.connected()) {
            throw new EngineException.Disconnected(state);
        }
    }

    private ErpLinkState change(String user, String integration, boolean connect, String reason) {
        if (reason != null && reason.length() > MAX_REASON) {
            throw new EngineException.BadRequest("the reason is at most " + MAX_REASON + " characters, was " + reason.length());
        }
        store.jdbi().useHandle(handle -> Permissions.check(handle, user, Action.DISCONNECT));
        try (RunLock.Held held = locks.acquire(integration, connect ? "reconnect" : "disconnect")) {
            ErpLinkState changed = store.jdbi().inTransaction(handle -> {
                ErpLinkState now = read(handle, integration).orElse(new ErpLinkState(integration, true, null, null, null));
                if (now.connected() == connect) {
                    throw new EngineException.BadRequest("integration '" + integration + "' is already "
                            + (connect ? "connected" : now.describe()));
                }
                ErpLinkState next = new ErpLinkState(integration, connect, user, store.now(), reason);
                handle.attach(ErpLinkRows.class).write(next);
                return next;
            });
            LOG.info("integration {} {}", integration, changed.describe());
            return changed;
        }
    }

    private static Optional<ErpLinkState> read(Handle handle, String integration) {
        return handle.attach(ErpLinkRows.class).state(integration);
    }
}
