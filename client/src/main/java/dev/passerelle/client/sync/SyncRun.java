package dev.passerelle.client.sync;

import dev.passerelle.client.config.IntegrationSettings;
import dev.passerelle.client.conflict.ConflictPolicy;
import dev.passerelle.client.run.EngineException;
import dev.passerelle.client.run.ProgressListener;
import dev.passerelle.client.run.RunMode;
import dev.passerelle.client.run.RunReport;
import dev.passerelle.client.run.RunStatus;
import dev.passerelle.client.store.CrmStore;
import dev.passerelle.client.store.Cursors;
import dev.passerelle.client.store.IdleChecks;
import dev.passerelle.client.store.FirstLoadIndexes;
import dev.passerelle.client.store.RunLock;
import dev.passerelle.client.store.RunScope;
import dev.passerelle.client.transport.ErpException;
import dev.passerelle.client.transport.ErpTransport;
import dev.passerelle.contract.v1.GetServiceInfoResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of one integration, docs/ARCHITECTURE.md section 2, under the integration's run lock:
 * ERP changes in (with conflicts resolved), CRM changes out, the run recorded. A failure stops the
 * run with status FAILURE; everything committed before it stays, and the next run goes on from there.
 */
public final class SyncRun {

    private static final Logger LOG = LoggerFactory.getLogger(SyncRun.class);
    /**
     * How often a turn that found nothing to exchange writes the time it checked: a watcher turning every
     * second would otherwise commit to the store 86,400 times a day for a time only people read.
     */
    public static final Duration CHECK_RECORDED_EVERY = Duration.ofMinutes(1);

    private final CrmStore store;
    private final RunLock locks;
    private final FirstLoadIndexes firstLoadIndexes;
    /** Per integration, how far the last run of this process read the ERP, while nothing says otherwise. */
    private final Map<String, ReadThrough> readThrough = new ConcurrentHashMap<>();
    /** Per integration, the last turn of this process that found nothing to exchange, and the last one written. */
    private final Map<String, LocalDateTime> checked = new ConcurrentHashMap<>();
    private final Map<String, LocalDateTime> checkRecorded = new ConcurrentHashMap<>();

    public SyncRun(CrmStore store, RunLock locks) {
        this.store = store;
        this.locks = locks;
        this.firstLoadIndexes = new FirstLoadIndexes(store);
    }

    /** Runs once; throws {@link EngineException.Busy} when another run holds the integration's lock. */
    public RunReport execute(IntegrationSettings settings, ErpTransport transport, RunMode mode,
                             ConflictPolicy policy, ProgressListener progress) {
        try (RunLock.Held lock = locks.acquire(settings.name(), mode.describe())) {
            RunJournal.closeInterrupted(store, settings.name());
            ErpTransport erp = transport.forRun();
            RunJournal journal = new RunJournal(store, settings.name(), mode);
            // forgotten until this run has read everything again: a run that fails half-way reads all next time
            ReadThrough earlier = readThrough.remove(settings.name());
            try {
                firstLoadIndexes.restoreMissing(settings.name());
                MaintenanceWait wait = awaitOutOfMaintenance(erp, settings.retryAttempts(), lock);
                GetServiceInfoResponse info = wait.info();
                if (info.isMaintenance()) {
                    journal.warn(null, null, wait.describe(settings.name()));
                    return journal.finish(RunStatus.SUCCESS);
                }
                IntegrationSettings bounded = settings.withPaging(Math.min(settings.pageSize(), info.getMaxPageSize()),
                        Math.min(settings.batchSize(), info.getMaxBatchSize()));
                Set<Long> skipped = skippedCompanies(settings.name());
                RunContext run = new RunContext(bounded, store, erp, journal, policy, skipped, progress,
                        mode == RunMode.RESYNC_ALL);
                Sender sender = new Sender(run, lock);
                sender.resendUnanswered();
                boolean firstLoad = firstLoadIndexes.setAsideForFirstLoad(settings.name());
                boolean vatsInMemory = firstLoad && firstLoadIndexes.vatIndexSetAside();
                ReadThrough read;
                try {
                    read = new Puller(run, lock, representatives(settings.name()), vatsInMemory)
                            .pullAll(mode == RunMode.RESYNC_ALL, info.getChangeHorizon(), earlier);
                } finally {
                    if (firstLoad) {
                        firstLoadIndexes.loaded(settings.name());
                    }
                }
                if (read != null) {
                    readThrough.put(settings.name(), read);
                }
                if (mode == RunMode.RESEND_ALL) {
                    enqueueEverything(settings.name());
                }
                sender.sendAll(bounded.batchSize());
                if (sender.sent() > 0) {
                    // what was sent may have moved the ERP's horizon: the next turn reads again rather than
                    // trust a WaitForChanges opened before, which the ERP may not have answered yet
                    readThrough.remove(settings.name());
                }
                clearNotThisTime(skipped);
                return journal.finish(RunStatus.SUCCESS);
            } catch (ErpException.Unavailable maintenance) {
                journal.warn(null, null, "the ERP went into maintenance during the run (" + maintenance.getMessage()
                        + "); what was exchanged is kept, the next run goes on from there");
                return journal.finish(RunStatus.SUCCESS);
            } catch (RuntimeException failure) {
                LOG.warn("run of {} failed: {}", settings.name(), failure.getMessage());
                LOG.debug("why the run of {} failed", settings.name(), failure);
                journal.error(failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
                return journal.finish(RunStatus.FAILURE);
            }
        }
    }

    /**
     * The ERP's service information, asked again while the ERP is in maintenance, up to {@code attempts}
     * times in all with growing waits (1 s, 2 s, 4 s... at most 30 s); the last answer when it stays in
     * maintenance, with how often it was asked and how long the run waited.
     */
    private static MaintenanceWait awaitOutOfMaintenance(ErpTransport erp, int attempts, RunLock.Held lock) {
        GetServiceInfoResponse info = erp.serviceInfo();
        int checks = 1;
        long waitedMillis = 0;
        for (; info.isMaintenance() && checks < attempts; checks++) {
            long delay = Math.min(30_000L, 1000L << Math.min(checks - 1, 5));
            try {
                Thread.sleep(delay);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new EngineException.Interrupted("interrupted while the ERP was in maintenance");
            }
            waitedMillis += delay;
            lock.check();
            info = erp.serviceInfo();
        }
        return new MaintenanceWait(info, checks, waitedMillis);
    }

    /** The ERP's last answer, after {@code checks} calls and {@code waitedMillis} of waiting between them. */
    private record MaintenanceWait(GetServiceInfoResponse info, int checks, long waitedMillis) {

        /** The run's warning when the ERP stayed in maintenance: what was tried, and the key that bounds it. */
        String describe(String integration) {
            return "the ERP is in maintenance: still so after " + checks + (checks == 1 ? " check" : " checks") + " over "
                    + waitedMillis / 1000 + " s, as many as integration." + integration
                    + ".retry-attempts allows; nothing was exchanged, the next run goes on from here";
        }
    }

    /**
     * Whether a delta run of the integration now would exchange nothing, so that a scheduled turn can
     * end there: this process's last run read the ERP up to the change horizon the ERP still gives, the
     * saved tokens are those it left, no switch lets in accounts it kept out, the ERP is not in
     * maintenance and the store holds nothing that waits for a run ({@link IdleChecks#workWaiting}). The
     * link to the ERP is checked by the transport ({@code forRun}).
     * Then only the time of the check is kept: no run lock, no run; it is written to the store when none
     * was written for {@link #CHECK_RECORDED_EVERY}, and {@link #lastChecked} answers it meanwhile. One
     * GetServiceInfo call, or none while a {@link ChangeWaiter} holds a wait open ({@code horizonHeld});
     * false (a run is due) whenever it cannot tell, a failing ERP included: the run then records the failure.
     */
    public boolean upToDate(IntegrationSettings settings, ErpTransport transport, OptionalLong horizonHeld) {
        String integration = settings.name();
        ReadThrough earlier = readThrough.get(integration);
        List<String> admitted = SkippedAccounts.admittedReasons(settings.switches());
        if (earlier == null || store.jdbi().withHandle(handle -> IdleChecks.workWaiting(handle, integration, admitted))) {
            return false;
        }
        ErpTransport erp = transport.forRun();
        Long horizon;
        if (horizonHeld.isPresent()) {
            // a WaitForChanges call is open: the ERP would have answered it on a change or in maintenance
            horizon = horizonHeld.getAsLong();
        } else {
            GetServiceInfoResponse info;
            try {
                info = erp.serviceInfo();
            } catch (ErpException failure) {
                return false;
            }
            horizon = info.isMaintenance() ? null : info.getChangeHorizon();
        }
        Map<String, String> tokens = store.jdbi().withExtension(Cursors.class, cursors -> cursors.tokens(integration));
        if (!earlier.covers(horizon, earlier.entities(), tokens)) {
            return false;
        }
        LocalDateTime now = store.now();
        checked.put(integration, now);
        LocalDateTime recorded = checkRecorded.get(integration);
        if (recorded == null || Duration.between(recorded, now).abs().compareTo(CHECK_RECORDED_EVERY) >= 0) {
            store.jdbi().useHandle(handle -> IdleChecks.checked(handle, integration, now));
            checkRecorded.put(integration, now);
        }
        return true;
    }

    /** The last turn of this process that found the integration with nothing to exchange, written to the store or not yet. */
    public Optional<LocalDateTime> lastChecked(String integration) {
        return Optional.ofNullable(checked.get(integration));
    }

    /** Reads the replicated figures (revenue) of every account again, under the run lock. */
    public RunReport refreshFigures(IntegrationSettings settings, ErpTransport transport) {
        try (RunLock.Held lock = locks.acquire(settings.name(), "refresh revenue")) {
            RunJournal.closeInterrupted(store, settings.name());
            ErpTransport erp = transport.forRun();
            RunJournal journal = new RunJournal(store, settings.name(), RunMode.DELTA);
            try {
                RunContext run = new RunContext(settings, store, erp, journal, ConflictPolicy.ERP_WINS, Set.of(),
                        ProgressListener.NONE, false);
                new Puller(run, lock, Map.of(), false).pull(dev.passerelle.contract.v1.EntityType.ACCOUNT_FIGURES, true);
                return journal.finish(RunStatus.SUCCESS);
            } catch (RuntimeException failure) {
                LOG.debug("why the revenue refresh of {} failed", settings.name(), failure);
                journal.error(String.valueOf(failure.getMessage()));
                return journal.finish(RunStatus.FAILURE);
            }
        }
    }

    /** Companies flagged "not this time" when the run begins: out of this run, back in the next one. */
    private Set<Long> skippedCompanies(String integration) {
        return new HashSet<>(store.jdbi().withExtension(RunScope.class, scope -> scope.notThisTime(integration)));
    }

    private void clearNotThisTime(Set<Long> skipped) {
        if (!skipped.isEmpty()) {
            store.jdbi().useExtension(RunScope.class, scope -> Chunks.of(skipped).forEach(scope::clearNotThisTime));
        }
    }

    private Map<String, String> representatives(String integration) {
        Map<String, String> logins = new HashMap<>();
        store.jdbi().withExtension(RunScope.class, scope -> scope.representativeLogins(integration))
                .forEach(user -> logins.put(user.representativeKey(), user.login()));
        return logins;
    }

    /** "Resend all": every linked record gets an outbox entry, so it goes to the ERP whole. */
    private void enqueueEverything(String integration) {
        store.jdbi().useExtension(RunScope.class, scope -> scope.enqueueEverything(integration, store.now()));
    }
}
