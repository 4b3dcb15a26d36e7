package dev.passerelle.client.sync;

import dev.passerelle.client.config.IntegrationSettings;
import dev.passerelle.contract.v1.Change;
import java.time.LocalDateTime;
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

    /** A child change waiting for its account. */
    record Waiting(String erpKey, Change change) {
    }

    private SkippedAccounts() {
    }

    static void note(Handle handle, LocalDateTime now, String integration, String erpKey, Reason reason) {
        forget(handle, integration, List.of(erpKey));
        handle.createUpdate("INSERT INTO skipped_account (integration, erp_key, reason, skipped_at)"
                        + " VALUES (:integration, :key, :reason, :now)")
                .bind("integration", integration).bind("key", erpKey).bind("reason", reason.name()).bind("now", now).execute();
    }

    /** The accounts came in: they are no longer skipped. */
    static void forget(Handle handle, String integration, Collection<String> erpKeys) {
        for (List<String> chunk : Chunks.of(List.copyOf(erpKeys))) {
            handle.createUpdate("DELETE FROM skipped_account WHERE integration = :integration AND erp_key IN (<keys>)")
                    .bind("integration", integration).bindList("keys", chunk).execute();
        }
    }

    /** Whether the integration keeps any account out (most keep none: then a page needs no further look). */
    static boolean any(Handle handle, String integration) {
        return handle.createQuery("SELECT TOP (1) erp_key FROM skipped_account WHERE integration = :integration")
                .bind("integration", integration).mapTo(String.class).findOne().isPresent();
    }

    /** Whether the switches now let in accounts that were kept out: then the accounts must be read again. */
    static boolean admittedNow(org.jdbi.v3.core.Jdbi jdbi, String integration, IntegrationSettings.SyncSwitches switches) {
        List<String> reasons = jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT DISTINCT reason FROM skipped_account WHERE integration = :integration")
                .bind("integration", integration).mapTo(String.class).list());
        return reasons.stream().anyMatch(reason -> Reason.valueOf(reason).admittedBy(switches));
    }

    /** Of these account keys, those kept out. */
    static Set<String> skipped(Handle handle, String integration, Collection<String> accountKeys) {
        Set<String> skipped = new HashSet<>();
        for (List<String> chunk : Chunks.of(List.copyOf(accountKeys))) {
            skipped.addAll(handle.createQuery("SELECT erp_key FROM skipped_account WHERE integration = :integration"
                            + " AND erp_key IN (<keys>)")
                    .bind("integration", integration).bindList("keys", chunk).mapTo(String.class).list());
        }
        return skipped;
    }

    /** Keeps a child's change until its account comes in; a later change of the same child replaces it. */
    static void await(Handle handle, LocalDateTime now, String integration, String entity, String accountKey, Change change) {
        drop(handle, integration, entity, change.getKey());
        handle.createUpdate("INSERT INTO waiting_child (integration, entity, erp_key, account_key, payload, waiting_since)"
                        + " VALUES (:integration, :entity, :key, :account, :payload, :now)")
                .bind("integration", integration).bind("entity", entity).bind("key", change.getKey())
                .bind("account", accountKey).bind("payload", ChangeXml.write(change)).bind("now", now).execute();
    }

    static void drop(Handle handle, String integration, String entity, String erpKey) {
        handle.createUpdate("DELETE FROM waiting_child WHERE integration = :integration AND entity = :entity AND erp_key = :key")
                .bind("integration", integration).bind("entity", entity).bind("key", erpKey).execute();
    }

    /** Waiting changes of one entity whose account is now in the CRM, taken out of the waiting list. */
    static List<Change> release(Handle handle, String integration, String entity) {
        List<Waiting> ready = handle.createQuery("SELECT w.erp_key, w.payload FROM waiting_child w"
                        + " WHERE w.integration = :integration AND w.entity = :entity AND EXISTS (SELECT 1 FROM identity_map i"
                        + " WHERE i.integration = w.integration AND i.entity = N'ACCOUNT' AND i.erp_key = w.account_key)")
                .bind("integration", integration).bind("entity", entity)
                .map((row, context) -> new Waiting(row.getString("erp_key"), ChangeXml.read(row.getString("payload")))).list();
        ready.forEach(waiting -> drop(handle, integration, entity, waiting.erpKey()));
        return ready.stream().map(Waiting::change).toList();
    }
}
