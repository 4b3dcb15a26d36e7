package dev.passerelle.client.sync;

import dev.passerelle.client.conflict.ConflictPolicy;
import dev.passerelle.client.identity.Identity;
import dev.passerelle.client.identity.IdentityMap;
import dev.passerelle.client.identity.IdentityRows;
import dev.passerelle.client.mapping.AddressCodec;
import dev.passerelle.client.mapping.ContactCodec;
import dev.passerelle.client.mapping.EntitySpec;
import dev.passerelle.client.run.Direction;
import dev.passerelle.client.store.Outbox;
import dev.passerelle.client.store.OutboxEntry;
import dev.passerelle.client.store.ParentRows;
import dev.passerelle.client.store.ParentRows.ParentAccount;
import dev.passerelle.client.store.RecordRows;
import dev.passerelle.contract.v1.Change;
import dev.passerelle.contract.v1.ChangeOperation;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Applies a page of ERP contact or delivery-address changes. Each belongs to an account (found by
 * its key); it is attached to the account's company too, so all addresses of every linked account
 * show on the company. The first contact of an account becomes its primary contact and every new
 * contact takes the company's billing address as its default address.
 */
final class ChildApplier {

    private final RunContext run;
    private final EntitySpec spec;

    ChildApplier(RunContext run, EntitySpec spec) {
        this.run = run;
        this.spec = spec;
    }

    /**
     * The parent account of a child: its CRM id and its company, with the company's billing address
     * and whether the company is marked "never sync".
     */
    private record Parent(long accountId, Long companyId, Map<String, Object> billing, boolean neverSync) {
    }

    /** Applies a page; {@code unseen}: the caller knows none of its records is in the identity map. */
    void apply(Handle handle, List<Change> changes, boolean unseen) {
        LocalDateTime now = run.store().now();
        String entity = spec.name();
        Map<String, Identity> known = unseen ? Map.of() : KnownRecords.identities(handle, run.integration(), spec,
                changes.stream().map(Change::getKey).toList());
        Map<String, Parent> parents = parents(handle, changes);
        boolean someSkipped = SkippedAccounts.any(handle, run.integration());
        Set<String> skippedParents = someSkipped ? SkippedAccounts.skipped(handle, run.integration(), changes.stream()
                .filter(change -> change.getOperation() != ChangeOperation.DELETE && !parents.containsKey(accountKey(change)))
                .map(this::accountKey).toList()) : Set.of();
        Set<Long> excluded = excluded(parents.values());
        Set<Long> withPrimary = spec == EntitySpec.CONTACT ? accountsWithPrimaryContact(handle, parents.values()) : Set.of();
        KnownRows current = KnownRows.read(handle, run.integration(), spec, updated(changes, known, parents, excluded));
        List<RecordRows.NewRow> rows = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        List<Long> versions = new ArrayList<>();
        for (Change change : changes) {
            Identity identity = known.get(change.getKey());
            if (change.getOperation() == ChangeOperation.DELETE) {
                delete(handle, identity);
                if (identity == null && someSkipped) {
                    SkippedAccounts.drop(handle, run.integration(), entity, change.getKey());
                }
                continue;
            }
            Parent parent = parents.get(accountKey(change));
            if (parent == null) {
                if (skippedParents.contains(accountKey(change))) {
                    SkippedAccounts.await(handle, now, run.integration(), entity, accountKey(change), change);
                    run.journal().count(entity, Direction.ERP_TO_CRM, "waiting", 1);
                } else {
                    run.journal().count(entity, Direction.ERP_TO_CRM, "skipped", 1);
                }
                continue;
            }
            if (identity != null && identity.erpVersion() < change.getVersion()
                    && DeleteConflicts.deletedInCrm(run, handle, spec, identity)) {
                if (run.policy() == ConflictPolicy.CRM_WINS) {
                    continue; // the CRM's delete goes to the ERP
                }
                identity = null; // the ERP wins: its record comes back as new
            }
            if (identity != null && !run.toApply(identity, change)) {
                run.journal().count(entity, Direction.ERP_TO_CRM, "unchanged", 1);
            } else if (parent.companyId() != null && excluded.contains(parent.companyId())) {
                Parking.park(handle, now, run.integration(), entity, change.getKey(), parent.companyId(), change);
                run.journal().count(entity, Direction.ERP_TO_CRM, "parked", 1);
            } else if (identity != null) {
                Map<String, String> written = KnownRecords.update(run, handle, spec, identity, values(change),
                        change.getVersion(), current);
                run.journal().count(entity, Direction.ERP_TO_CRM, RunContext.outcome(identity, change, !written.isEmpty()), 1);
            } else {
                long id = run.store().ids().next();
                Map<String, Object> fixed = new LinkedHashMap<>();
                fixed.put("account_id", parent.accountId());
                fixed.put("company_id", parent.companyId());
                if (spec == EntitySpec.CONTACT) {
                    fixed.put("is_primary", withPrimary.add(parent.accountId()));
                    fixed.putAll(parent.billing());
                }
                rows.add(new RecordRows.NewRow(id, fixed, values(change)));
                keys.add(change.getKey());
                ids.add(id);
                versions.add(change.getVersion());
            }
        }
        current.flushVersions(handle);
        HeldParts.receiveNew(run, handle, spec, rows, versions);
        RecordRows.insert(handle, spec, rows);
        if (!keys.isEmpty()) {
            IdentityRows.insert(handle, run.integration(), entity, keys, ids, versions);
        }
        run.journal().count(entity, Direction.ERP_TO_CRM, "inserted", rows.size());
    }

    /** The CRM ids of the known records this page will update (the same tests as {@link #apply}, in that order). */
    private List<Long> updated(List<Change> changes, Map<String, Identity> known, Map<String, Parent> parents,
                               Set<Long> excluded) {
        List<Long> ids = new ArrayList<>();
        for (Change change : changes) {
            Identity identity = known.get(change.getKey());
            Parent parent = change.getOperation() == ChangeOperation.DELETE ? null : parents.get(accountKey(change));
            if (identity != null && parent != null && run.toApply(identity, change)
                    && !(parent.companyId() != null && excluded.contains(parent.companyId()))) {
                ids.add(identity.crmId());
            }
        }
        return ids;
    }

    private void delete(Handle handle, Identity identity) {
        if (identity == null) {
            return;
        }
        List<OutboxEntry> pending = Outbox.pendingFor(handle, spec.name(), identity.crmId());
        if (DeleteConflicts.crmKeepsDeleted(run, handle, spec, identity, pending)) {
            return;
        }
        for (OutboxEntry entry : pending) {
            Outbox.drop(handle, entry.id());
        }
        RecordRows.delete(handle, spec, identity.crmId());
        handle.attach(IdentityMap.class).remove(run.integration(), spec.name(), identity.erpKey());
        run.journal().count(spec.name(), Direction.ERP_TO_CRM, "deleted", 1);
    }

    private Map<String, String> values(Change change) {
        return spec == EntitySpec.CONTACT ? ContactCodec.read(change.getContact()) : AddressCodec.read(change.getDeliveryAddress());
    }

    private String accountKey(Change change) {
        return spec == EntitySpec.CONTACT ? change.getContact().getAccountKey() : change.getDeliveryAddress().getAccountKey();
    }

    /** The parent accounts of the page's children, by account key: identity map, account and company in one read per chunk. */
    private Map<String, Parent> parents(Handle handle, List<Change> changes) {
        List<String> accountKeys = changes.stream().filter(change -> change.getOperation() != ChangeOperation.DELETE)
                .map(this::accountKey).filter(java.util.Objects::nonNull).distinct().toList();
        ParentRows rows = handle.attach(ParentRows.class);
        Map<String, Parent> parents = new HashMap<>();
        for (List<String> chunk : Chunks.of(accountKeys)) {
            for (ParentAccount account : rows.byErpKeys(run.integration(), chunk)) {
                Map<String, Object> billing = new LinkedHashMap<>();
                billing.put("street", account.street());
                billing.put("complement", account.complement());
                billing.put("postal_code", account.postalCode());
                billing.put("city", account.city());
                billing.put("region", account.region());
                billing.put("country", account.country());
                parents.put(account.erpKey(), new Parent(account.id(), account.companyId(), billing,
                        Boolean.TRUE.equals(account.neverSync())));
            }
        }
        return parents;
    }

    /** The parents' companies out of the flow ({@link Exclusions}), from what {@link #parents} read. */
    private Set<Long> excluded(java.util.Collection<Parent> parents) {
        Set<Long> excluded = new HashSet<>();
        for (Parent parent : parents) {
            if (parent.companyId() != null && (parent.neverSync() || run.skippedCompanies().contains(parent.companyId()))) {
                excluded.add(parent.companyId());
            }
        }
        return excluded;
    }

    private static Set<Long> accountsWithPrimaryContact(Handle handle, java.util.Collection<Parent> parents) {
        List<Long> ids = parents.stream().map(Parent::accountId).distinct().toList();
        ParentRows rows = handle.attach(ParentRows.class);
        Set<Long> found = new HashSet<>();
        for (List<Long> chunk : Chunks.of(ids)) {
            found.addAll(rows.withPrimaryContact(chunk));
        }
        return found;
    }
}
