package dev.passerelle.client.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Hands out CRM record ids (companies, accounts, contacts, addresses) in blocks reserved in the
 * store, so that bulk inserts need no generated keys and several processes never collide. Gaps are
 * harmless. A process that keeps asking reserves larger blocks, up to {@value #LARGEST_BLOCK} ids:
 * each reservation is a commit of its own, and on the embedded store every commit writes all the
 * pages changed since the last one, those of the transactions still open included. A command that
 * creates one record reserves {@value #FIRST_BLOCK}. Thread-safe.
 */
public final class IdAllocator {

    private static final int FIRST_BLOCK = 1000;
    private static final int LARGEST_BLOCK = 64_000;

    private final Jdbi jdbi;
    private long next;
    private long limit;
    private int block = FIRST_BLOCK;

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
                            .bind("block", block).execute();
                    return handle.createQuery("SELECT next_id FROM id_block WHERE name = N'record'")
                            .mapTo(Long.class).one();
                });
                next = end - block;
                limit = end;
                block = Math.min(block * 2, LARGEST_BLOCK);
            }
        }
        return next++;
    }
}
