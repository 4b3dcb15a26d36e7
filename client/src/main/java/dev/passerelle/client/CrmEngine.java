package dev.passerelle.client;

import dev.passerelle.client.admin.EngineStatus;
import dev.passerelle.client.admin.ErrorsTab;
import dev.passerelle.client.admin.RunHistory;
import dev.passerelle.client.config.EngineSettings;
import dev.passerelle.client.config.IntegrationRows;
import dev.passerelle.client.config.IntegrationSettings;
import dev.passerelle.client.connection.ErpLinks;
import dev.passerelle.client.connection.GatedTransport;
import dev.passerelle.client.connection.TransportFactory;
import dev.passerelle.client.diagnose.Diagnostics;
import dev.passerelle.client.edit.CrmEdits;
import dev.passerelle.client.link.CrmLinks;
import dev.passerelle.client.run.Action;
import dev.passerelle.client.run.ProgressListener;
import dev.passerelle.client.run.RunMode;
import dev.passerelle.client.run.RunReport;
import dev.passerelle.client.store.CrmStore;
import dev.passerelle.client.store.ErrorRows;
import dev.passerelle.client.store.OutboxBatches;
import dev.passerelle.client.store.ReferenceRows;
import dev.passerelle.client.store.RunLock;
import dev.passerelle.client.sync.ChangeWaiter;
import dev.passerelle.client.sync.SyncRun;
import dev.passerelle.client.transport.ErpTransport;
import dev.passerelle.client.users.CrmUsers;
import dev.passerelle.client.users.Permissions;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The CRM sync engine: one CRM store, one or more integrations (ERP companies). Opening it migrates
 * the store. Runs of one integration are serialised across processes by a lock in the store; runs
 * of different integrations may go in parallel. Thread-safe; close it once.
 */
public final class CrmEngine implements AutoCloseable {

    /** The run lock's lease: a heartbeat renews it every third of it; a holder that died frees it within it. */
    private static final Duration LOCK_LEASE = Duration.ofSeconds(30);
    /** The longest pause of a {@link ChangeWaiter} after a failed wait (shorter with a shorter interval). */
    private static final Duration WAIT_PAUSE = Duration.ofSeconds(30);

    private final EngineSettings settings;
    private final CrmStore store;
    private final TransportFactory transports;
    private final Map<String, ErpTransport> open = new ConcurrentHashMap<>();
    private final RunLock locks;
    private final SyncRun runner;
    private final ErpLinks erpLinks;
    private final Map<String, ChangeWaiter> waiters = new ConcurrentHashMap<>();

    private CrmEngine(EngineSettings settings, CrmStore store, TransportFactory transports) {
        this.settings = settings;
        this.store = store;
        this.transports = transports;
        this.locks = new RunLock(store, LOCK_LEASE);
        this.runner = new SyncRun(store, locks);
        this.erpLinks = new ErpLinks(store, locks);
        IntegrationRows.save(store, settings);
    }

    /** Opens the engine with the system clock and the SOAP transport. */
    public static CrmEngine open(EngineSettings settings) {
        return open(settings, Clock.systemUTC(), TransportFactory.soap());
    }

    public static CrmEngine open(EngineSettings settings, Clock clock, TransportFactory transports) {
        CrmStore store = CrmStore.open(settings.store(), clock);
        try {
            return new CrmEngine(settings, store, transports);
        } catch (RuntimeException failure) {
            store.close();
            throw failure;
        }
    }

    /**
     * Runs one integration once, now. Throws {@link EngineException.Busy} if it is already running and
     * {@link EngineException.Disconnected} (nothing recorded) if it is disconnected from its ERP.
     */
    public RunReport run(String integration, RunMode mode) {
        return run(integration, mode, ProgressListener.NONE);
    }

    public RunReport run(String integration, RunMode mode, ProgressListener progress) {
        IntegrationSettings options = settings.integration(integration);
        erpLinks.requireConnected(integration);
        return runner.execute(options, transport(integration), mode, options.conflictPolicy(), progress);
    }

    /** Checks that {@code user} may perform a run action (resync, resend), then runs. */
    public RunReport run(String user, String integration, RunMode mode, ProgressListener progress) {
        if (mode != RunMode.DELTA) {
            store.jdbi().useHandle(handle -> Permissions.check(handle, user, Action.RESYNC));
        }
        return run(integration, mode, progress);
    }

    /**
     * A scheduled turn ({@code crm-sync watch}): a delta turn that finds nothing to exchange
     * ({@link SyncRun#upToDate}) records no run and answers empty; any other turn runs, as
     * {@link #run(String, String, RunMode, ProgressListener)}.
     */
    public Optional<RunReport> turn(String user, String integration, RunMode mode) {
        if (mode == RunMode.DELTA) {
            IntegrationSettings options = settings.integration(integration);
            ChangeWaiter waiter = waiters.get(integration);
            if (runner.upToDate(options, transport(integration), waiter == null ? OptionalLong.empty() : waiter.horizonHeld())) {
                return Optional.empty();
            }
        }
        return Optional.of(run(user, integration, mode, ProgressListener.NONE));
    }

    /**
     * Keeps a WaitForChanges call open on the integration's ERP until the answer is closed
     * ({@link ChangeWaiter}): {@code onChange} runs as soon as the ERP has changes to read, and the
     * integration's turns ask the ERP nothing while a wait holds its horizon. For {@code crm-sync watch};
     * an ERP that offers no waits is asked at each turn, as before.
     */
    public ChangeWaiter waitForErpChanges(String integration, Runnable onChange) {
        IntegrationSettings options = settings.integration(integration);
        Duration pause = options.interval().compareTo(WAIT_PAUSE) < 0 ? options.interval() : WAIT_PAUSE;
        AtomicReference<ChangeWaiter> started = new AtomicReference<>();
        ChangeWaiter waiter = ChangeWaiter.start(integration, () -> transport(integration), options.timeout(), pause,
                onChange, () -> waiters.remove(integration, started.get()));
        started.set(waiter);
        waiters.put(integration, waiter);
        return waiter;
    }

    /** Reads revenue this year and last of every account again now ("refresh revenue"). */
    public RunReport refreshRevenue(String user, String integration) {
        store.jdbi().useHandle(handle -> Permissions.check(handle, user, Action.REFRESH_REVENUE));
        IntegrationSettings options = settings.integration(integration);
        erpLinks.requireConnected(integration);
        return runner.refreshFigures(options, transport(integration));
    }

    /** Deletes free fields no longer replicated, with their values. Answers how many. */
    public int purgeFreeFields(String integration) {
        return store.jdbi().inTransaction(handle -> handle.attach(ReferenceRows.class).purgeNotReplicated(integration).size());
    }

    /** Where an integration stands now. */
    public EngineStatus status(String integration) {
        settings.integration(integration);
        RunHistory history = history();
        var last = history.last(integration);
        long pending = store.jdbi().withExtension(OutboxBatches.class, batches -> batches.pendingCount(integration));
        long errors = store.jdbi().withExtension(ErrorRows.class, rows -> rows.count(integration));
        return new EngineStatus(integration, last.map(RunHistory.RunRow::startedAt).orElse("never"),
                last.map(RunHistory.RunRow::status).orElse(""), history.lastCheckedAt(integration).orElse(""), pending, errors,
                locks.holder(integration).map(RunLock.Holder::describe).orElse(""),
                erpLinks.state(integration));
    }

    /** The CRM-side edits, captured into the outbox. */
    public CrmEdits edits() {
        return new CrmEdits(store, settings, erpLinks);
    }

    /** Disconnect and reconnect integrations from their ERP. */
    public ErpLinks erpLinks() {
        return erpLinks;
    }

    /** Links between companies and accounts, orphans and generic accounts. */
    public CrmLinks links() {
        return new CrmLinks(store);
    }

    /** Unlinked and unmatched records, each with the command that fixes it. */
    public Diagnostics diagnostics() {
        return new Diagnostics(store, settings);
    }

    /** The errors tab: records the ERP rejected; stop and reactivate them. */
    public ErrorsTab errors() {
        return new ErrorsTab(store);
    }

    /** Past runs, their counts and log. */
    public RunHistory history() {
        return new RunHistory(store);
    }

    /** CRM users, their link to a representative and the actions denied to them. */
    public CrmUsers users() {
        return new CrmUsers(store);
    }

    /**
     * The transport of an integration (opened once), for real-time queries made beside the sync. Throws
     * {@link EngineException.Disconnected} while the integration is disconnected, and so does every call
     * made through it then.
     */
    public ErpTransport transport(String integration) {
        IntegrationSettings options = settings.integration(integration);
        erpLinks.requireConnected(integration);
        return open.computeIfAbsent(integration, name -> new GatedTransport(transports.open(options), erpLinks, name));
    }

    /**
     * The last turn of this process that found the integration with nothing to exchange; the store
     * records such a time only once a minute ({@link SyncRun#CHECK_RECORDED_EVERY}).
     */
    public Optional<LocalDateTime> lastCheckedHere(String integration) {
        return runner.lastChecked(integration);
    }

    /** Who holds an integration's run lock now, if anyone. */
    public java.util.Optional<String> runningBy(String integration) {
        return locks.holder(integration).map(RunLock.Holder::describe);
    }

    /**
     * Asks the runs of this process to stop at their next page or batch (each ends FAILURE, interrupted,
     * with what it committed kept) and waits up to {@code wait} for them to release their locks. Answers
     * whether they all did. For a process asked to stop (SIGTERM, Ctrl-C).
     */
    public boolean stopRuns(String reason, Duration wait) {
        return locks.stopAll(reason, wait);
    }

    public EngineSettings settings() {
        return settings;
    }

    /** The store, for reading CRM data (tests, the demo, a CRM sharing the database). */
    public CrmStore store() {
        return store;
    }

    @Override
    public void close() {
        waiters.values().forEach(ChangeWaiter::close);
        locks.close();
        open.values().forEach(ErpTransport::close);
        open.clear();
        store.close();
    }
}
