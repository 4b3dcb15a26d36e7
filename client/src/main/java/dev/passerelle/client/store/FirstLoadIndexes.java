package dev.passerelle.client.store;

import dev.passerelle.common.db.Dialect;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The indexes a first sync would fill in no order, set aside while it fills an empty embedded store
 * and built again, in one pass, when it ends (docs/ARCHITECTURE.md, decisions in force: "indexes
 * built after a first load"): the console's name indexes ({@code ix_account_name}, {@code
 * ix_company_name}) and the VAT index that first-sync matching reads ({@code ix_company_vat}). Names
 * and VAT numbers arrive in no order, so each page of a first sync would touch leaves all over these
 * indexes, and H2 writes every touched page again at each commit. A store on SQL Server keeps them:
 * it logs rows, not pages, and its schema is the DBA's.
 *
 * <p>Only a store without any account is loaded so: building an index locks its table, which an
 * empty store's users do not wait on yet. While the VAT index is aside, the loads of this process
 * match companies by VAT number from a map of those the store held ({@link #vatIndexSetAside}); a
 * store with more than {@code vatInMemoryLimit} companies carrying a VAT number keeps that index, so
 * that the map stays small beside the sync's heap. First syncs of several integrations at once in
 * this process share the set-aside, and the last one to end builds the indexes. A first sync killed
 * meanwhile leaves them missing; a later run builds them again before it starts, once no run of
 * another integration is under way ({@link #restoreMissing}). One instance per store and process.
 */
public final class FirstLoadIndexes {

    /** Companies with a VAT number up to which a first load matches them from memory (about 16 MB of map). */
    public static final int VAT_IN_MEMORY_LIMIT = 100_000;

    private static final Logger LOG = LoggerFactory.getLogger(FirstLoadIndexes.class);

    /** Name and definition of each, as the migrations create them. */
    private static final Index ACCOUNT_NAME = new Index("ix_account_name", "account (integration, name, vat_number)");
    private static final Index COMPANY_NAME = new Index("ix_company_name", "company (name, id)");
    private static final Index VAT = new Index("ix_company_vat", "company (vat_normalised)");
    private static final List<Index> NAMES = List.of(ACCOUNT_NAME, COMPANY_NAME);
    private static final List<Index> ALL = List.of(ACCOUNT_NAME, COMPANY_NAME, VAT);

    private final CrmStore store;
    private final boolean embedded;
    private final int vatInMemoryLimit;
    /** First loads of this process now running with the indexes set aside. */
    private int loading;
    /** Whether the set-aside in force includes the VAT index. */
    private boolean vatAside;

    public FirstLoadIndexes(CrmStore store) {
        this(store, VAT_IN_MEMORY_LIMIT);
    }

    FirstLoadIndexes(CrmStore store, int vatInMemoryLimit) {
        this.store = store;
        this.embedded = store.database().dialect() == Dialect.H2;
        this.vatInMemoryLimit = vatInMemoryLimit;
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
            long withVat = store.jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT COUNT(*) FROM company WHERE vat_normalised IS NOT NULL").mapTo(Long.class).one());
            vatAside = withVat <= vatInMemoryLimit;
            drop(vatAside ? ALL : NAMES);
            LOG.info("indexes set aside for the first sync of {}: names{}", integration,
                    vatAside ? " and VAT numbers" : " (VAT numbers kept: " + withVat + " companies carry one)");
        }
        loading++;
        return true;
    }

    /**
     * Whether the first loads now running go without {@code ix_company_vat}: their matching must then
     * not look companies up by VAT number in the store, which would read the whole table each time.
     */
    public synchronized boolean vatIndexSetAside() {
        return loading > 0 && vatAside;
    }

    /**
     * The first load of {@code integration}, which {@link #setAsideForFirstLoad} let go without the
     * indexes, ended; the last one builds them, unless a run of another integration is under way (see
     * {@link #restoreMissing}, which then builds them before a later run). A build that fails (its
     * table's lock not had in time) does not fail the load, which is done: a later run builds them.
     */
    public synchronized void loaded(String integration) {
        loading--;
        if (loading == 0 && !othersRunning(integration)) {
            try {
                restore();
            } catch (RuntimeException failed) {
                LOG.warn("indexes not built after the first load ({}); the next run builds them", failed.getMessage());
            }
        }
    }

    /**
     * Drops every index of the set, whatever the store holds; {@link #restore} builds them again. For a
     * load of rows the engine did not make (the benchmark's copy of a store, made as a first sync makes it).
     */
    public void setAside() {
        drop(ALL);
    }

    private void drop(List<Index> indexes) {
        if (!embedded) {
            return;
        }
        store.jdbi().useHandle(handle -> {
            for (Index index : indexes) {
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
            for (Index index : ALL) {
                if (!exists(handle, index.name())) {
                    long started = System.nanoTime();
                    // IF NOT EXISTS: another process on the store may build it at the same time
                    handle.execute("CREATE INDEX IF NOT EXISTS " + index.name() + " ON " + index.definition());
                    LOG.info("index {} built in {} ms", index.name(), (System.nanoTime() - started) / 1_000_000);
                }
            }
        });
    }

    private static boolean exists(Handle handle, String name) {
        return present(handle, List.of(name)) > 0;
    }

    private static int present(Handle handle, List<String> names) {
        return handle.createQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES WHERE LOWER(INDEX_NAME) IN (<names>)")
                .bindList("names", names.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList())
                .mapTo(Integer.class).one();
    }

    /**
     * Before a run of {@code integration}: builds the indexes that are missing (a first sync killed
     * while they were set aside, a build after a first load that failed), unless a first load of this
     * process runs or a run of another integration holds its lease, in this process or another: its
     * writes would wait for the build's lock on their table, or the build for theirs, longer than the
     * store's lock timeout. A later run tries again. One question to the store when all are there.
     */
    public synchronized void restoreMissing(String integration) {
        if (!embedded || loading > 0) {
            return;
        }
        boolean missing = store.jdbi().withHandle(handle ->
                present(handle, ALL.stream().map(Index::name).toList()) < ALL.size());
        if (!missing) {
            return;
        }
        if (!othersRunning(integration)) {
            restore();
        }
    }

    /** Whether a run of another integration than this one holds a live lease, in any process. */
    private boolean othersRunning(String integration) {
        boolean running = store.jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM run_lock"
                        + " WHERE integration <> :integration AND owner IS NOT NULL AND lease_until >= GETDATE()")
                .bind("integration", integration).mapTo(Integer.class).one() > 0);
        if (running) {
            LOG.info("indexes missing, built by a later run: another integration's run is under way");
        }
        return running;
    }

    private record Index(String name, String definition) {
    }
}
