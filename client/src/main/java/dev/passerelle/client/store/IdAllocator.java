package dev.passerelle.client.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Hands out CRM record ids (companies, accounts, contacts, addresses) in blocks reserved in the
 * store, so that bulk inserts need no generated keys and several processes never collide. Gaps are
 * harmless. Thread-safe.
 */
public final class IdAllocator {

    private static final int BLOCK = 1000;

    private final Jdbi jdbi;
    private long next;
    private long limit;

    IdAllocator(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public synchronized long next() {
        if (next >= limit) {
            // A handle of its own, committed at once: Jdbi.inTransaction would join the caller's open
            // transaction (a sync page), whose lock on the block row would then hold up every other
            // writer (a second thread of the run, another process) until that page commits.
            try (Handle own = jdbi.open()) {
                long end = own.inTransaction(handle -> {
                    handle.createUpdate("UPDATE id_block SET next_id = next_id + :block WHERE name = N'record'")
                            .bind("block", BLOCK).execute();
                    return handle.createQuery("SELECT next_id FROM id_block WHERE name = N'record'")
                            .mapTo(Long.class).one();
                });
                next = end - BLOCK;
                limit = end;
            }
        }
        return next++;
    }
}
