package dev.passerelle.client.sync;

import dev.passerelle.client.identity.Identity;
import dev.passerelle.client.identity.IdentityMap;
import dev.passerelle.client.mapping.AccountCodec;
import dev.passerelle.client.mapping.AddressCodec;
import dev.passerelle.client.mapping.ContactCodec;
import dev.passerelle.client.mapping.EntitySpec;
import dev.passerelle.client.store.Outbox;
import dev.passerelle.client.store.OutboxEntry;
import dev.passerelle.client.store.RecordRows;
import dev.passerelle.client.store.RecordRows.Links;
import dev.passerelle.contract.v1.ApplyRecord;
import dev.passerelle.contract.v1.ChangeOperation;
import dev.passerelle.contract.v1.EntityType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Turns outbox entries into the contract's {@link ApplyRecord}s: the whole current CRM record, its
 * ERP key and the version it is based on, and for contacts and addresses the key of their account.
 * Entries that cannot go yet (company out of the flow, account without a key, account code still to
 * be typed) are held back with a warning.
 */
final class RecordBuilder {

    static final String PENDING_CODE = "[PENDING]";

    private final RunContext run;

    RecordBuilder(RunContext run) {
        this.run = run;
    }

    static String clientRef(OutboxEntry entry) {
        return entry.clientRef();
    }

    /**
     * The reference an earlier version of the engine sent for an entry ("o" + its outbox id), by which
     * the stored answer of a batch it sent and never saw answered names the entry when replayed.
     */
    static String legacyClientRef(OutboxEntry entry) {
        return "o" + entry.id();
    }

    /**
     * The entries that can be sent now. What decides it (the records' company and account links, the
     * companies out of the flow, the accounts' ERP keys) is read a chunk at a time for all entries.
     */
    List<OutboxEntry> ready(List<OutboxEntry> entries) {
        return run.store().jdbi().withHandle(handle -> {
            Holds holds = new Holds(handle, entries);
            List<OutboxEntry> ready = new ArrayList<>();
            for (OutboxEntry entry : entries) {
                if (onlyHeldParts(entry)) {
                    handle.useTransaction(transaction -> Outbox.drop(transaction, entry.id()));
                    run.journal().count(entry.entity(), dev.passerelle.client.run.Direction.CRM_TO_ERP, "not-synced", 1);
                    continue;
                }
                Optional<String> reason = holds.reason(entry);
                if (reason.isEmpty()) {
                    ready.add(entry);
                } else {
                    run.journal().count(entry.entity(), dev.passerelle.client.run.Direction.CRM_TO_ERP, "held", 1);
                    run.journal().warn(entry.entity(), Long.toString(entry.crmId()), reason.get());
                }
            }
            return ready;
        });
    }

    /** An update of switched-off parts only (phones, e-mails): nothing of it may go to the ERP. */
    private boolean onlyHeldParts(OutboxEntry entry) {
        EntitySpec spec = EntitySpec.valueOf(entry.entity());
        return "UPDATE".equals(entry.operation()) && !entry.fields().isEmpty() && entry.fields().keySet().stream()
                .allMatch(field -> HeldParts.held(run.settings().switches(), spec, field));
    }

    /** Why entries must wait: their links, companies out of the flow and account keys, read for all entries at once. */
    private final class Holds {
        private final Map<EntitySpec, Map<Long, Links>> links = new EnumMap<>(EntitySpec.class);
        private final Set<Long> excluded;
        private final Map<Long, String> accountKeys = new HashMap<>();

        Holds(Handle handle, List<OutboxEntry> entries) {
            for (EntitySpec spec : EntitySpec.values()) {
                List<Long> ids = entries.stream().filter(entry -> !"DELETE".equals(entry.operation())
                        && entry.entity().equals(spec.name())).map(OutboxEntry::crmId).distinct().toList();
                if (!ids.isEmpty()) {
                    links.put(spec, RecordBuilder.links(handle, spec, ids));
                }
            }
            List<Long> companies = new ArrayList<>();
            List<Long> accounts = new ArrayList<>();
            links.forEach((spec, rows) -> rows.values().forEach(row -> {
                if (row.companyId() != null) {
                    companies.add(row.companyId());
                }
                if (row.accountId() != null) {
                    accounts.add(row.accountId());
                }
            }));
            excluded = Exclusions.excluded(handle, companies, run.skippedCompanies());
            IdentityMap identities = handle.attach(IdentityMap.class);
            for (List<Long> chunk : Chunks.of(accounts.stream().distinct().toList())) {
                identities.byCrmIds(run.integration(), "ACCOUNT", chunk).stream().filter(identity -> identity.erpKey() != null)
                        .forEach(identity -> accountKeys.putIfAbsent(identity.crmId(), identity.erpKey()));
            }
        }

        Optional<String> reason(OutboxEntry entry) {
            if ("DELETE".equals(entry.operation())) {
                return Optional.empty();
            }
            EntitySpec spec = EntitySpec.valueOf(entry.entity());
            Links link = links.get(spec).get(entry.crmId());
            if (link == null) {
                return Optional.of(entry.entity() + " " + entry.crmId() + " no longer exists in the CRM");
            }
            if (link.companyId() != null && excluded.contains(link.companyId())) {
                return Optional.of(entry.entity() + " " + entry.crmId() + " belongs to a company out of the flow (never sync / not this time)");
            }
            if (spec == EntitySpec.ACCOUNT) {
                return PENDING_CODE.equals(link.accountCode())
                        ? Optional.of("account " + entry.crmId() + " waits for its accounting code to be typed") : Optional.empty();
            }
            if (link.accountId() == null || !accountKeys.containsKey(link.accountId())) {
                return Optional.of(entry.entity() + " " + entry.crmId() + " belongs to no account known to the ERP yet");
            }
            return Optional.empty();
        }
    }

    /** The company and account links (account: its code) of records, by CRM id; a record that no longer exists is absent. */
    private static Map<Long, Links> links(Handle handle, EntitySpec spec, List<Long> crmIds) {
        Map<Long, Links> found = new HashMap<>();
        for (List<Long> chunk : Chunks.of(crmIds)) {
            found.putAll(RecordRows.links(handle, spec, chunk));
        }
        return found;
    }

    /**
     * Client reference -> record, in the order of the entries. The entries' identities and CRM values
     * are read a chunk at a time, not one query per entry.
     */
    Map<String, ApplyRecord> build(List<OutboxEntry> entries) {
        return run.store().jdbi().withHandle(handle -> {
            IdentityMap identities = handle.attach(IdentityMap.class);
            Map<EntitySpec, Map<Long, Identity>> known = new EnumMap<>(EntitySpec.class);
            Map<EntitySpec, Map<Long, Map<String, String>>> values = new EnumMap<>(EntitySpec.class);
            for (EntitySpec spec : EntitySpec.values()) {
                List<Long> ids = entries.stream().filter(entry -> entry.entity().equals(spec.name()))
                        .map(OutboxEntry::crmId).distinct().toList();
                if (ids.isEmpty()) {
                    continue;
                }
                Map<Long, Identity> byCrmId = new HashMap<>();
                Map<Long, Map<String, String>> rows = new HashMap<>();
                for (List<Long> chunk : Chunks.of(ids)) {
                    identities.byCrmIds(run.integration(), spec.name(), chunk)
                            .forEach(identity -> byCrmId.putIfAbsent(identity.crmId(), identity));
                    rows.putAll(RecordRows.load(handle, spec, chunk));
                }
                known.put(spec, byCrmId);
                values.put(spec, rows);
            }
            Map<String, ApplyRecord> records = new LinkedHashMap<>();
            for (OutboxEntry entry : entries) {
                EntitySpec spec = EntitySpec.valueOf(entry.entity());
                record(handle, identities, entry, Optional.ofNullable(known.get(spec).get(entry.crmId())),
                        values.get(spec).get(entry.crmId()))
                        .ifPresent(record -> records.put(record.getClientRef(), record));
            }
            return records;
        });
    }

    private Optional<ApplyRecord> record(Handle handle, IdentityMap identities, OutboxEntry entry,
                                         Optional<Identity> identity, Map<String, String> values) {
        EntitySpec spec = EntitySpec.valueOf(entry.entity());
        ApplyRecord record = new ApplyRecord();
        record.setClientRef(clientRef(entry));
        record.setEntity(spec.type());
        record.setOperation(ChangeOperation.fromValue(entry.operation()));
        if ("DELETE".equals(entry.operation())) {
            String key = identity.map(Identity::erpKey).orElse(entry.erpKey());
            if (key == null) {
                return Optional.empty();
            }
            record.setKey(key);
            return Optional.of(record);
        }
        if ("UPDATE".equals(entry.operation())) {
            if (identity.isEmpty()) {
                return Optional.empty();
            }
            record.setKey(identity.get().erpKey());
            record.setBaseVersion(identity.get().erpVersion());
        }
        if (values == null) {
            return Optional.empty();
        }
        values = HeldParts.outgoing(run, handle, spec, entry, identity, values);
        String key = record.getKey();
        Long version = record.getBaseVersion();
        if (spec.type() == EntityType.ACCOUNT) {
            record.setAccount(AccountCodec.write(values, key, version));
        } else {
            long accountId = RecordRows.accountOf(handle, spec, entry.crmId());
            String accountKey = identities.byCrmId(run.integration(), "ACCOUNT", accountId).map(Identity::erpKey).orElseThrow();
            if (spec == EntitySpec.CONTACT) {
                record.setContact(ContactCodec.write(values, key, version, accountKey));
            } else {
                record.setDeliveryAddress(AddressCodec.write(values, key, version, accountKey));
            }
        }
        return Optional.of(record);
    }
}
