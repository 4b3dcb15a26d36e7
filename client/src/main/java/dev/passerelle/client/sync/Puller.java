package dev.passerelle.client.sync;

import dev.passerelle.client.mapping.EntitySpec;
import dev.passerelle.client.store.Cursors;
import dev.passerelle.client.store.RunLock;
import dev.passerelle.client.transport.ErpException;
import dev.passerelle.contract.v1.Change;
import dev.passerelle.contract.v1.ChangeOperation;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.GetChangesResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Steps 1, 3, 4 and 6 of a run: reads the ERP's changes entity by entity in dependency order, one
 * page at a time, and commits each page together with the token that follows it. Memory holds one
 * page; a crash loses at most the page in flight, which the next run reads again.
 */
final class Puller {

    private final RunContext run;
    private final RunLock.Held lock;
    private final AccountApplier accounts;
    private final ReferenceApplier references;
    private final ChildApplier contacts;
    private final ChildApplier addresses;
    /** Whether the entity being read comes from a full snapshot that replaces an earlier position. */
    private boolean sweeping;

    Puller(RunContext run, RunLock.Held lock, Map<String, String> loginByRepresentative) {
        this.run = run;
        this.lock = lock;
        this.accounts = new AccountApplier(run, loginByRepresentative);
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
     * Reads every entity. The first page of each is asked for at once, before the first is applied, so
     * that a run with little to do waits for one round trip rather than one per entity; pages are still
     * applied one entity after the other, in dependency order.
     */
    void pullAll(boolean fromSnapshot) {
        List<EntityType> entities = entities();
        Map<String, String> tokens = fromSnapshot ? Map.of()
                : run.store().jdbi().withExtension(Cursors.class, cursors -> cursors.tokens(run.integration()));
        Set<String> parked = Parking.entitiesParked(run.store().jdbi(), run.integration());
        Map<EntityType, Prefetch> firstPages = new EnumMap<>(EntityType.class);
        try {
            for (EntityType entity : entities) {
                Prefetch prefetch = new Prefetch(run.transport(), entity, run.settings().pageSize());
                firstPages.put(entity, prefetch);
                prefetch.start(tokens.get(entity.value()));
            }
            for (EntityType entity : entities) {
                if (parked.contains(entity.value())) {
                    releaseParked(entity);
                }
                pull(entity, fromSnapshot, tokens.get(entity.value()), firstPages.remove(entity));
            }
        } finally {
            firstPages.values().forEach(Prefetch::close);
        }
    }

    /** Reads one entity from its saved position, or from a full snapshot. */
    void pull(EntityType entity, boolean fromSnapshot) {
        String token = fromSnapshot ? null : run.store().jdbi().withExtension(Cursors.class,
                cursors -> cursors.token(run.integration(), entity.value())).orElse(null);
        pull(entity, fromSnapshot, token, null);
    }

    /** Reads one entity after {@code token}; {@code started}: the entity's prefetch, first page already asked for. */
    private void pull(EntityType entity, boolean fromSnapshot, String token, Prefetch started) {
        run.progress().phase(entity.value());
        long records = 0;
        sweeping = fromSnapshot;
        Prefetch prefetch = started != null ? started : new Prefetch(run.transport(), entity, run.settings().pageSize());
        try {
            GetChangesResponse page = firstPage(prefetch, entity, token, started != null);
            SnapshotSweep sweep = sweeping ? SnapshotSweep.of(run, entity) : null;
            boolean complete = false;
            String position = token;
            while (page != null) {
                String next = page.getNextToken();
                List<Change> changes = page.getChange();
                boolean more = page.isMore() && !changes.isEmpty();
                if (more) {
                    prefetch.start(next); // the next page travels while this one is written
                }
                if (!changes.isEmpty() || !Objects.equals(next, position)) { // nothing new: nothing to write
                    run.store().jdbi().useTransaction(handle -> {
                        applyPage(handle, entity, changes);
                        if (sweep != null) {
                            sweep.stamp(handle, changes.stream().filter(change -> change.getOperation() != ChangeOperation.DELETE)
                                    .map(Change::getKey).toList());
                        }
                        handle.attach(Cursors.class).save(run.integration(), entity.value(), next, run.store().now());
                    });
                }
                position = next;
                lock.renew();
                complete = !page.isMore();
                records += changes.size();
                run.progress().page(entity.value(), records);
                page = more ? prefetch.await() : null;
            }
            if (sweep != null && complete) { // never after a page that promised more and brought none
                sweep.finish();
            }
        } finally {
            prefetch.close();
        }
    }

    private GetChangesResponse firstPage(Prefetch prefetch, EntityType entity, String token, boolean asked) {
        if (token == null) {
            return asked ? prefetch.await() : prefetch.fetchNow(null);
        }
        try {
            return asked ? prefetch.await() : prefetch.fetchNow(token);
        } catch (ErpException.ExpiredToken expired) {
            run.journal().warn(entity.value(), null, "change token of " + entity.value()
                    + " expired; the entity is read again from a full snapshot");
            sweeping = true;
            return prefetch.fetchNow(null);
        }
    }

    private void applyPage(Handle handle, EntityType entity, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        switch (entity) {
            case COMPANY_SETTINGS -> references.settings(handle, changes);
            case REPRESENTATIVE -> references.representatives(handle, changes);
            case ACCOUNT -> accounts.apply(handle, changes);
            case DELIVERY_ADDRESS -> addresses.apply(handle, changes);
            case CONTACT -> contacts.apply(handle, changes);
            case FREE_FIELD_DEFINITION -> references.freeFieldDefinitions(handle, changes);
            case ACCOUNT_FIGURES -> references.figures(handle, changes);
        }
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
            applyPage(handle, entity, parked.stream().map(Parking.Parked::change).toList());
        });
    }
}
