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
import java.util.List;
import java.util.Map;
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

    void pullAll(boolean fromSnapshot) {
        for (EntityType entity : entities()) {
            releaseParked(entity);
            pull(entity, fromSnapshot);
        }
    }

    void pull(EntityType entity, boolean fromSnapshot) {
        run.progress().phase(entity.value());
        String token = fromSnapshot ? null : run.store().jdbi().withExtension(Cursors.class,
                cursors -> cursors.token(run.integration(), entity.value())).orElse(null);
        long records = 0;
        sweeping = fromSnapshot;
        Prefetch prefetch = new Prefetch(run.transport(), entity, run.settings().pageSize());
        try {
            GetChangesResponse page = firstPage(prefetch, entity, token);
            SnapshotSweep sweep = sweeping ? SnapshotSweep.of(run, entity) : null;
            boolean complete = false;
            while (page != null) {
                String next = page.getNextToken();
                List<Change> changes = page.getChange();
                boolean more = page.isMore() && !changes.isEmpty();
                if (more) {
                    prefetch.start(next); // the next page travels while this one is written
                }
                run.store().jdbi().useTransaction(handle -> {
                    applyPage(handle, entity, changes);
                    if (sweep != null) {
                        sweep.stamp(handle, changes.stream().filter(change -> change.getOperation() != ChangeOperation.DELETE)
                                .map(Change::getKey).toList());
                    }
                    handle.attach(Cursors.class).save(run.integration(), entity.value(), next, run.store().now());
                });
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

    private GetChangesResponse firstPage(Prefetch prefetch, EntityType entity, String token) {
        if (token == null) {
            return prefetch.fetchNow(null);
        }
        try {
            return prefetch.fetchNow(token);
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
