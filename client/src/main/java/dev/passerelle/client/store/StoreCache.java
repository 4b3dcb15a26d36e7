package dev.passerelle.client.store;

import dev.passerelle.common.db.Database;
import dev.passerelle.common.db.Dialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sizes the page cache of an H2 CRM store to the JVM's heap: an eighth of the maximum heap, between
 * H2's default of 16 MB and 256 MB. With the default, a first sync read most B-tree pages back from
 * the file (the parents of contacts and addresses, the index leaves new keys go into). SQL Server
 * sizes its own buffer pool: nothing to do there. A store that refuses the setting (a user without
 * admin rights) keeps its cache.
 */
final class StoreCache {

    private static final Logger LOG = LoggerFactory.getLogger(StoreCache.class);
    private static final long MIN_MB = 16;
    private static final long MAX_MB = 256;

    private StoreCache() {
    }

    static void size(Database database, long maxHeapBytes) {
        if (database.dialect() != Dialect.H2) {
            return;
        }
        long kilobytes = kilobytes(maxHeapBytes);
        try {
            database.jdbi().useHandle(handle -> handle.execute("SET CACHE_SIZE " + kilobytes));
        } catch (RuntimeException refused) {
            LOG.warn("the CRM store keeps its page cache size: {}", refused.getMessage());
        }
    }

    static long kilobytes(long maxHeapBytes) {
        long megabytes = Math.max(MIN_MB, Math.min(MAX_MB, maxHeapBytes / 8 / (1024 * 1024)));
        return megabytes * 1024;
    }
}
