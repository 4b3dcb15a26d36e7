package dev.passerelle.client.sync;

import dev.passerelle.client.identity.IdentityMap;
import dev.passerelle.client.mapping.EntitySpec;
import dev.passerelle.client.run.ProgressListener;
import dev.passerelle.client.store.Cursors;
import dev.passerelle.client.store.RunLock;
import dev.passerelle.client.transport.ErpException;
import dev.passerelle.contract.v1.Change;
import dev.passerelle.contract.v1.ChangeOperation;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.GetChangesResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;

/**
 * Steps 1, 3, 4 and 6 of a run: reads the ERP's changes entity by entity in dependency order, one
 * page at a time, and commits each page together with the token that follows it. Delivery
 * addresses and contacts read from the start go side by side (each needs only the accounts).
 * Memory holds a page and the next one per entity being read; a crash loses at most the pages in
 * flight, which the next run reads again.
 */
final class Puller {

    /**
     * Connections two writers may need at once: each its page transaction and one more (an id block
     * reserved, a run-log line written) while it is open.
     */
    private static final int PARALLEL_POOL = 4;

    private final RunContext run;
    private final RunLock.Held lock;
    private final AccountApplier accounts;
    private final ReferenceApplier references;
    private final ChildApplier contacts;
    private final ChildApplier addresses;

    /** {@code vatsInMemory}: the store's VAT index is set aside for a first load (see {@link VatMatcher}). */
    Puller(RunContext run, RunLock.Held lock, Map<String, String> loginByRepresentative, boolean vatsInMemory) {
        this.run = run;
        this.lock = lock;
        this.accounts = new AccountApplier(run, loginByRepresentative, vatsInMemory);
        this.references = new ReferenceApplier(run);
        this.contacts = new ChildApplier(run, EntitySpec.CONTACT);
        this.addresses = new ChildApplier(run, EntitySpec.DELIVERY_ADDRESS);
    }

    /** The entities this integration reads, in the order the contract lists them. */
    List<EntityType> entities() {
        List<EntityType> entities = new ArrayList<>();
        for (EntityType entity : EntityType.values()) {
            if (entity == EntityType.CONTACT && !run.settings().switches().contacts()
                    || entity == EntityType.DELIVERY_ADDRESS && !run.settings().switches().addresses()) {
                continue;
            }
            entities.add(entity);
        }
        return entities;
    }

    /**
     * Pulls every entity in order; delivery addresses and contacts, which depend only on accounts,
     * are pulled at the same time (addresses on a helper thread) when both are read from the start
     * and the store's pool has connections enough for two writers. The tokens and the entities with
     * parked changes are read once for the run. {@code horizon}: the ERP's change horizon read before
     * (null when the ERP does not publish one); when {@code earlier} shows that everything up to it was
     * read already, no entity is asked for its changes (parked and waiting changes are still released).
     * Answers how far this pull read, or null without a horizon.
     */
    ReadThrough pullAll(boolean fromSnapshot, Long horizon, ReadThrough earlier) {
        List<EntityType> entities = entities();
        Map<String, String> tokens = fromSnapshot ? new HashMap<>()
                : new HashMap<>(run.store().jdbi().withExtension(Cursors.class, cursors -> cursors.tokens(run.integration())));
        if (!fromSnapshot && SkippedAccounts.admittedNow(run.store().jdbi(), run.integration(), run.settings().switches())) {
            // A switch now lets in accounts it kept out: they are read again, and their children released.
            tokens.remove(EntityType.ACCOUNT.value());
        }
        boolean nothingNew = !fromSnapshot && earlier != null && earlier.covers(horizon, entities, tokens);
        Map<String, String> reached = new ConcurrentHashMap<>(tokens);
        Set<String> parked = Parking.entitiesParked(run.store().jdbi(), run.integration());
        for (int i = 0; i < entities.size(); i++) {
            EntityType entity = entities.get(i);
            if (entity == EntityType.DELIVERY_ADDRESS && i + 1 < entities.size()
                    && entities.get(i + 1) == EntityType.CONTACT && bothFromStart(tokens)
                    && run.store().poolSize() >= PARALLEL_POOL) {
                SharedProgress progress = new SharedProgress(run.progress(),
                        List.of(EntityType.DELIVERY_ADDRESS.value(), EntityType.CONTACT.value())).begin();
                Alongside.run("pull-" + entity.value(),
                        task(EntityType.DELIVERY_ADDRESS, fromSnapshot, tokens, parked, progress, reached),
                        task(EntityType.CONTACT, fromSnapshot, tokens, parked, progress, reached));
                i++;
            } else if (nothingNew) {
                release(entity, parked);
            } else {
                task(entity, fromSnapshot, tokens, parked, run.progress(), reached).run();
            }
        }
        return horizon == null ? null : new ReadThrough(horizon, entities, reached);
    }

    /**
     * Whether addresses and contacts are both read from the start (first sync, resync): that is when
     * two writers pay. Read from a saved token, each is a page of recent changes, mostly empty, and a
     * helper thread started for it made an idle run slower.
     */
    private static boolean bothFromStart(Map<String, String> tokens) {
        return tokens.get(EntityType.DELIVERY_ADDRESS.value()) == null && tokens.get(EntityType.CONTACT.value()) == null;
    }

    /**
     * The pull of one entity within {@link #pullAll}: its parked changes released, then its pages; the
     * token it ends on goes into {@code reached}.
     */
    private Runnable task(EntityType entity, boolean fromSnapshot, Map<String, String> tokens, Set<String> parked,
                          ProgressListener progress, Map<String, String> reached) {
        return () -> {
            release(entity, parked);
            reached.put(entity.value(), pull(entity, fromSnapshot, tokens.get(entity.value()), progress));
        };
    }

    /** The changes of an entity that wait in the store for their turn: parked ones, children waiting for their account. */
    private void release(EntityType entity, Set<String> parked) {
        if (parked.contains(entity.value())) {
            releaseParked(entity);
        }
        if (entity == EntityType.CONTACT || entity == EntityType.DELIVERY_ADDRESS) {
            releaseWaiting(entity);
        }
    }

    /** Reads one entity from its saved position, or from a full snapshot. */
    void pull(EntityType entity, boolean fromSnapshot) {
        String token = fromSnapshot ? null : run.store().jdbi().withExtension(Cursors.class,
                cursors -> cursors.token(run.integration(), entity.value())).orElse(null);
        pull(entity, fromSnapshot, token, run.progress());
    }

    /** Reads one entity after {@code token} ({@code null}: from a full snapshot); answers the token it ends on. */
    private String pull(EntityType entity, boolean fromSnapshot, String token, ProgressListener progress) {
        progress.phase(entity.value());
        long records = 0;
        // Nothing of the entity mapped yet and read from the start: no page of this snapshot can name a
        // record the store knows, so its identity lookups are skipped. A run killed half-way resumes
        // from its token instead, and looks everything up.
        boolean unseen = token == null && run.store().jdbi().withExtension(IdentityMap.class,
                identities -> identities.anyOf(run.integration(), entity.value())).isEmpty();
        Prefetch prefetch = new Prefetch(run.transport(), entity, run.settings().pageSize());
        try {
            FirstPage first = firstPage(prefetch, entity, token, fromSnapshot);
            GetChangesResponse page = first.page();
            SnapshotSweep sweep = first.sweeping() ? SnapshotSweep.of(run, entity) : null;
            boolean complete = false;
            String position = token;
            while (page != null) {
                String next = page.getNextToken();
                List<Change> changes = page.getChange();
                boolean more = page.isMore() && !changes.isEmpty();
                if (more) {
                    prefetch.start(next); // the next page travels while this one is written
                }
                boolean fresh = unseen && page.isSnapshot();
                if (!changes.isEmpty() || !Objects.equals(next, position)) { // nothing new: nothing to write
                    run.store().jdbi().useTransaction(handle -> {
                        applyPage(handle, entity, changes, fresh);
                        if (sweep != null) {
                            sweep.stamp(handle, changes.stream().filter(change -> change.getOperation() != ChangeOperation.DELETE)
                                    .map(Change::getKey).toList());
                        }
                        handle.attach(Cursors.class).save(run.integration(), entity.value(), next, run.store().now());
                    });
                }
                position = next;
                lock.check();
                complete = !page.isMore();
                records += changes.size();
                progress.page(entity.value(), records);
                page = more ? prefetch.await() : null;
            }
            if (sweep != null && complete) { // never after a page that promised more and brought none
                sweep.finish();
            }
            return position;
        } finally {
            prefetch.close();
        }
    }

    /** The first page of a pull, and whether the pull is a full snapshot replacing an earlier position. */
    private record FirstPage(GetChangesResponse page, boolean sweeping) {
    }

    private FirstPage firstPage(Prefetch prefetch, EntityType entity, String token, boolean fromSnapshot) {
        if (token == null) {
            return new FirstPage(prefetch.fetchNow(null), fromSnapshot);
        }
        try {
            return new FirstPage(prefetch.fetchNow(token), fromSnapshot);
        } catch (ErpException.ExpiredToken expired) {
            run.journal().warn(entity.value(), null, "change token of " + entity.value()
                    + " expired; the entity is read again from a full snapshot");
            // Versions that went back (an ERP restored from a backup) must not keep the CRM's newer-looking values.
            run.reread(entity.value());
            return new FirstPage(prefetch.fetchNow(null), true);
        }
    }

    /** Applies a page; {@code unseen}: none of its records can be in the identity map (see {@link #pull}). */
    private void applyPage(Handle handle, EntityType entity, List<Change> changes, boolean unseen) {
        if (changes.isEmpty()) {
            return;
        }
        switch (entity) {
            case COMPANY_SETTINGS -> references.settings(handle, changes);
            case REPRESENTATIVE -> references.representatives(handle, changes);
            case ACCOUNT -> accounts.apply(handle, changes, unseen);
            case DELIVERY_ADDRESS -> addresses.apply(handle, changes, unseen);
            case CONTACT -> contacts.apply(handle, changes, unseen);
            case FREE_FIELD_DEFINITION -> references.freeFieldDefinitions(handle, changes);
            case ACCOUNT_FIGURES -> references.figures(handle, changes);
        }
    }

    /** Applies the changes of contacts or addresses that waited for an account kept out, now in the CRM. */
    private void releaseWaiting(EntityType entity) {
        run.store().jdbi().useTransaction(handle -> {
            List<Change> ready = SkippedAccounts.release(handle, run.integration(), entity.value());
            if (!ready.isEmpty()) {
                applyPage(handle, entity, ready, false);
            }
        });
    }

    /** Applies the ERP changes parked for companies that are back in the flow. */
    private void releaseParked(EntityType entity) {
        run.store().jdbi().useTransaction(handle -> {
            List<Parking.Parked> parked = Parking.releasable(handle, run.integration(), entity.value(), run.skippedCompanies());
            if (parked.isEmpty()) {
                return;
            }
            for (Parking.Parked change : parked) {
                Parking.release(handle, run.integration(), entity.value(), change.erpKey());
            }
            applyPage(handle, entity, parked.stream().map(Parking.Parked::change).toList(), false);
        });
    }
}
