package dev.passerelle.client.store;

import dev.passerelle.common.db.Dialect;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The indexes that hold the names the console searches ({@code ix_account_name}, {@code
 * ix_company_name}, created by the store's migrations), set aside while the first sync fills an
 * empty embedded store and built again, in one pass, when it ends (docs/ARCHITECTURE.md, decisions in
 * force: "name indexes built after a first load"). Names arrive in no order, so each page of a first
 * sync would touch leaves all over both indexes, and H2 writes every touched page again at each
 * commit. A store on SQL Server keeps them: it logs rows, not pages, and its schema is the DBA's.
 *
 * <p>Only a store without any account is loaded so: building an index locks its table, which an
 * empty store's users do not wait on yet. First syncs of several integrations at once in this process
 * share the set-aside, and the last one to end builds the indexes. A first sync killed meanwhile
 * leaves them missing; the next run in a process builds them again before it starts
 * ({@link #restoreMissing}). One instance per store and process.
 */
public final class NameIndexes {

    private static final Logger LOG = LoggerFactory.getLogger(NameIndexes.class);

    /** Name and definition of each, as the migrations create them. */
    private static final List<Index> INDEXES = List.of(
            new Index("ix_account_name", "account (integration, name, vat_number)"),
            new Index("ix_company_name", "company (name, id)"));

    private final CrmStore store;
    private final boolean embedded;
    /** First loads of this process now running with the indexes set aside. */
    private int loading;
    private boolean checked;

    public NameIndexes(CrmStore store) {
        this.store = store;
        this.embedded = store.database().dialect() == Dialect.H2;
    }

    /**
     * Sets the indexes aside when the store is embedded and holds no account yet, or when another
     * first load of this process already did; answers whether the caller's load goes without them,
     * and then the caller must call {@link #loaded} when it ends, failed or not.
     */
    public synchronized boolean setAsideForFirstLoad(String integration) {
        if (!embedded) {
            return false;
        }
        if (loading == 0) {
            boolean empty = store.jdbi().withHandle(handle ->
                    handle.createQuery("SELECT TOP (1) id FROM account").mapTo(Long.class).findOne().isEmpty());
            if (!empty) {
                return false;
            }
            setAside();
            LOG.info("name indexes set aside for the first sync of {}", integration);
        }
        loading++;
        return true;
    }

    /** A first load that {@link #setAsideForFirstLoad} let go without the indexes ended; the last one builds them. */
    public synchronized void loaded() {
        loading--;
        if (loading == 0) {
            restore();
        }
    }

    /**
     * Drops both indexes, whatever the store holds; {@link #restore} builds them again. For a load of
     * rows the engine did not make (the benchmark's copy of a store, made as a first sync makes it).
     */
    public void setAside() {
        if (!embedded) {
            return;
        }
        store.jdbi().useHandle(handle -> {
            for (Index index : INDEXES) {
                handle.execute("DROP INDEX IF EXISTS " + index.name());
            }
        });
    }

    /** Builds again those of the indexes that are missing (an embedded store only). */
    public void restore() {
        if (!embedded) {
            return;
        }
        store.jdbi().useHandle(handle -> {
            for (Index index : INDEXES) {
                if (!exists(handle, index.name())) {
                    long started = System.nanoTime();
                    // IF NOT EXISTS: another process on the store may build it at the same time
                    handle.execute("CREATE INDEX IF NOT EXISTS " + index.name() + " ON " + index.definition());
                    LOG.info("name index {} built in {} ms", index.name(), (System.nanoTime() - started) / 1_000_000);
                }
            }
        });
    }

    private static boolean exists(Handle handle, String name) {
        return handle.createQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES WHERE LOWER(INDEX_NAME) = :name")
                .bind("name", name.toLowerCase(Locale.ROOT)).mapTo(Integer.class).one() > 0;
    }

    /**
     * {@link #restore}, once for this process and only while no first load of it runs: a first sync
     * killed while they were set aside leaves them missing.
     */
    public synchronized void restoreMissing() {
        if (!checked && loading == 0) {
            checked = true;
            restore();
        }
    }

    private record Index(String name, String definition) {
    }
}
