package dev.passerelle.client.sync;

import dev.passerelle.client.identity.Identity;
import dev.passerelle.client.identity.IdentityMap;
import dev.passerelle.client.mapping.EntitySpec;
import dev.passerelle.client.store.Outbox;
import dev.passerelle.client.store.OutboxEntry;
import dev.passerelle.client.store.RecordRows;
import dev.passerelle.contract.v1.ApplyStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * The identity-map rows and current CRM values of the records of one answered batch, read a chunk
 * at a time instead of a few queries per answer; the outbox entries answered APPLIED or DUPLICATE
 * are deleted first, a chunk at a time (each such answer deletes its entry before anything else).
 * A record that appears more than once in the batch is read and deleted one answer at a time, since
 * an earlier answer may change it. The answers' new versions of known records wait in
 * {@link #versions()} until the batch is written; identities read here carry a version still
 * waiting there. Valid inside the transaction that handles the batch, each record's values until its
 * own answer writes them.
 */
final class BatchReads {

    private final IdentityMap identities;
    private final String integration;
    private final Map<String, Optional<Identity>> read = new HashMap<>();
    private final Map<String, Map<String, String>> values = new HashMap<>();
    private final Set<Long> dropped = new HashSet<>();
    private final VersionWrites versions;

    /** {@code answered}: the status of each entry's answer, by outbox id. */
    BatchReads(Handle handle, IdentityMap identities, String integration, List<OutboxEntry> entries,
               Map<Long, ApplyStatus> answered) {
        this.identities = identities;
        this.integration = integration;
        this.versions = new VersionWrites(integration);
        Map<String, Map<Long, Long>> counts = entries.stream().collect(Collectors.groupingBy(OutboxEntry::entity,
                Collectors.groupingBy(OutboxEntry::crmId, Collectors.counting())));
        counts.forEach((entity, perRecord) -> {
            List<Long> once = new ArrayList<>();
            perRecord.forEach((crmId, count) -> {
                if (count == 1) {
                    once.add(crmId);
                    read.put(key(entity, crmId), Optional.empty());
                }
            });
            if (!once.isEmpty()) {
                EntitySpec spec = EntitySpec.valueOf(entity);
                for (List<Long> chunk : Chunks.of(once)) {
                    identities.byCrmIds(integration, entity, chunk)
                            .forEach(identity -> read.computeIfPresent(key(entity, identity.crmId()),
                                    (key, none) -> none.isPresent() ? none : Optional.of(identity)));
                    RecordRows.load(handle, spec, chunk).forEach((crmId, row) -> values.put(key(entity, crmId), row));
                }
            }
        });
        entries.stream().filter(entry -> read.containsKey(key(entry.entity(), entry.crmId())))
                .filter(entry -> answered.get(entry.id()) == ApplyStatus.APPLIED || answered.get(entry.id()) == ApplyStatus.DUPLICATE)
                .forEach(entry -> dropped.add(entry.id()));
        for (List<Long> chunk : Chunks.of(dropped)) {
            Outbox.dropAll(handle, chunk);
        }
    }

    /** Whether the entry was deleted here (its answer must not delete it again). */
    boolean dropped(long outboxId) {
        return dropped.contains(outboxId);
    }

    IdentityMap map() {
        return identities;
    }

    /** The versions this batch's answers give; written by {@link VersionWrites#flush} before the batch commits. */
    VersionWrites versions() {
        return versions;
    }

    /** The record's identity, with the version an earlier answer of this batch gave it. */
    Optional<Identity> byCrmId(String entity, long crmId) {
        Optional<Identity> known = read.get(key(entity, crmId));
        Optional<Identity> identity = known != null ? known : identities.byCrmId(integration, entity, crmId);
        if (identity.isEmpty()) {
            return identity;
        }
        Identity found = identity.get();
        OptionalLong pending = versions.pending(entity, found.erpKey());
        return pending.isEmpty() ? identity : Optional.of(new Identity(entity, found.erpKey(), found.crmId(), pending.getAsLong()));
    }

    /**
     * The record's current CRM values, read before any answer of the batch was written; taken once
     * (the record's answer then writes them). Null when not read ahead: read them.
     */
    Map<String, String> takeValues(String entity, long crmId) {
        return values.remove(key(entity, crmId));
    }

    private static String key(String entity, long crmId) {
        return entity + ":" + crmId;
    }
}
