package dev.passerelle.server.apply;

import dev.passerelle.server.store.DeliveryTables;
import org.jdbi.v3.core.Handle;

/** Allocates account codes for {@code <AUTOERP>}: ERP followed by eight digits, skipping codes in use. */
final class CodeAllocator {

    private CodeAllocator() {
    }

    static String next(Handle handle) {
        while (true) {
            DeliveryTables tables = handle.attach(DeliveryTables.class);
            long value = tables.nextAccountNumber();
            String code = String.format("ERP%08d", value);
            boolean taken = tables.accountsWithCode(code) > 0;
            if (!taken) {
                return code;
            }
        }
    }
}
