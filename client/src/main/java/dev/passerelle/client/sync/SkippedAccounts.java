package dev.passerelle.client.sync;

import dev.passerelle.client.config.IntegrationSettings;
import dev.passerelle.client.store.SkippedRows;
import dev.passerelle.contract.v1.Change;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Accounts a switch keeps out of the CRM (dormant accounts with {@code sync.dormant = false},
 * suppliers with {@code sync.suppliers = false}) and the ERP changes of their contacts and addresses,
 * which wait for their account instead of being dropped. When the account comes in (it became active,
 * or the switch was turned on and the accounts were read again), its children are applied. Stateless.
 */
final class SkippedAccounts {

    /** Why an account was kept out. */
    enum Reason {
        DORMANT,
        SUPPLIER;

        boolean admittedBy(IntegrationSettings.SyncSwitches switches) {
            return this == DORMANT ? switches.dormant() : switches.suppliers();
        }
    }

    /** The reasons (names) for keeping accounts out that {@code switches} now let in. */
    static List<String> admittedReasons(IntegrationSettings.SyncSwitches switches) {
        return Arrays.stream(Reason.values()).filter(reason -> reason.admittedBy(switches)).map(Reason::name).toList();
    }

    /** A child change waiting for its account. */
    record Waiting(String erpKey, Change change) {
    }

    private SkippedAccounts() {
    }

    static void note(Handle handle, LocalDateTime now, String integration, String erpKey, Reason reason) {
        forget(handle, integration, List.of(erpKey));
        handle.attach(SkippedRows.class).insert(integration, erpKey, reason.name(), now);
    }

    /** The accounts came in: they are no longer skipped. */
    static void forget(Handle handle, String integration, Collection<String> erpKeys) {
        SkippedRows rows = handle.attach(SkippedRows.class);
        for (List<String> chunk : Chunks.of(List.copyOf(erpKeys))) {
            rows.forget(integration, chunk);
        }
    }

    /** Whether the integration keeps any account out (most keep none: then a page needs no further look). */
    static boolean any(Handle handle, String integration) {
        return handle.attach(SkippedRows.class).anyKey(integration).isPresent();
    }

    /** Whether the switches now let in accounts that were kept out: then the accounts must be read again. */
    static boolean admittedNow(org.jdbi.v3.core.Jdbi jdbi, String integration, IntegrationSettings.SyncSwitches switches) {
        List<String> reasons = jdbi.withExtension(SkippedRows.class, rows -> rows.reasons(integration));
        return reasons.stream().anyMatch(reason -> Reason.valueOf(reason).admittedBy(switches));
    }

    /** Of these account keys, those kept out. */
    static Set<String> skipped(Handle handle, String integration, Collection<String> accountKeys) {
        SkippedRows rows = handle.attach(SkippedRows.class);
        Set<String> skipped = new HashSet<>();
        for (List<String> chunk : Chunks.of(List.copyOf(accountKeys))) {
            skipped.addAll(rows.skipped(integration, chunk));
        }
        return skipped;
    }

    /** Keeps a child's change until its account comes in; a later change of the same child replaces it. */
    static void await(Handle handle, LocalDateTime now, String integration, String entity, String accountKey, Change change) {
        drop(handle, integration, entity, change.getKey());
        handle.attach(SkippedRows.class).await(integration, entity, change.getKey(), accountKey, ChangeXml.write(change), now);
    }

    static void drop(Handle handle, String integration, String entity, String erpKey) {
        handle.attach(SkippedRows.class).drop(integration, entity, erpKey);
    }

    /** Waiting changes of one entity whose account is now in the CRM, taken out of the waiting list. */
    static List<Change> release(Handle handle, String integration, String entity) {
        List<Waiting> ready = handle.attach(SkippedRows.class).ready(integration, entity).stream()
                .map(row -> new Waiting(row.erpKey(), ChangeXml.read(row.payload()))).toList();
        ready.forEach(waiting -> drop(handle, integration, entity, waiting.erpKey()));
        return ready.stream().map(Waiting::change).toList();
    }
}
