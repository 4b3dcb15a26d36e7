package dev.passerelle.client.watch;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.run.ErpLinkState;
import dev.passerelle.client.store.RunStanding;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where one integration stands, as its store records it (every process's runs, not only this one's):
 * its last finished run, the end of its last successful one (SUCCESS or WARNING: it completed), the
 * last turn that found nothing to exchange (and recorded no run; this process's latest, which the
 * store records only once a minute), its error queue and pending outbox, who runs it now, and its
 * link to the ERP. Immutable.
 */
record IntegrationState(String integration, Optional<LastRun> lastRun, Optional<Instant> lastSuccessAt,
                        Optional<Instant> lastCheckedAt, long errorQueue, long pendingOut, Optional<String> runningBy,
                        ErpLinkState erpLink) {

    /** A finished run. */
    record LastRun(long id, String mode, String status, Instant startedAt, Instant endedAt, Long durationMs) {
    }

    /** Reads it from the store; throws when the store does not answer. */
    static IntegrationState read(CrmEngine engine, String integration) {
        IntegrationState counted = engine.store().jdbi().withExtension(RunStanding.class, runs -> {
            Optional<LastRun> last = runs.lastFinished(integration).map(run -> new LastRun(run.id(), run.runMode(),
                    run.status(), utc(run.startedAt()), utc(run.endedAt()), run.durationMs()));
            Optional<Instant> success = last.filter(run -> !run.status().equals("FAILURE") && run.endedAt() != null)
                    .map(LastRun::endedAt);
            if (success.isEmpty()) {
                success = runs.lastCompletedAt(integration).map(IntegrationState::utc);
            }
            return new IntegrationState(integration, last, success, runs.lastCheckedAt(integration).map(IntegrationState::utc),
                    runs.errorQueue(integration), runs.pendingOut(integration), Optional.empty(), null);
        });
        Optional<Instant> checked = later(counted.lastCheckedAt(), engine.lastCheckedHere(integration).map(IntegrationState::utc));
        return new IntegrationState(integration, counted.lastRun(), counted.lastSuccessAt(), checked,
                counted.errorQueue(), counted.pendingOut(), engine.runningBy(integration), engine.erpLinks().state(integration));
    }

    /** The later of the last successful run's end and the last turn that found nothing to exchange. */
    Optional<Instant> upToDateAt() {
        return later(lastSuccessAt, lastCheckedAt);
    }

    private static Optional<Instant> later(Optional<Instant> one, Optional<Instant> other) {
        return Stream.of(one, other).flatMap(Optional::stream).max(Comparator.naturalOrder());
    }

    /** The error queue's size now. */
    static long errorQueue(CrmEngine engine, String integration) {
        return engine.store().jdbi().withExtension(RunStanding.class, runs -> runs.errorQueue(integration));
    }

    /** The changes waiting to be sent now. */
    static long pendingOut(CrmEngine engine, String integration) {
        return engine.store().jdbi().withExtension(RunStanding.class, runs -> runs.pendingOut(integration));
    }

    private static Instant utc(LocalDateTime storeTime) {
        return storeTime == null ? null : storeTime.toInstant(ZoneOffset.UTC);
    }
}
