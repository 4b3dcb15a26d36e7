package dev.passerelle.server.apply;

import org.jdbi.v3.core.Handle;

/** Allocates account codes for {@code <AUTOERP>}: ERP followed by eight digits, skipping codes in use. */
final class CodeAllocator {

    private CodeAllocator() {
    }

    static String next(Handle handle) {
        while (true) {
            handle.execute("UPDATE code_sequence SET next_value = next_value + 1 WHERE name = 'ACCOUNT'");
            long value = handle.createQuery("SELECT next_value - 1 FROM code_sequence WHERE name = 'ACCOUNT'").mapTo(Long.class).one();
            String code = String.format("ERP%08d", value);
            boolean taken = handle.createQuery("SELECT COUNT(*) FROM account WHERE code = :code").bind("code", code)
                    .mapTo(Long.class).one() > 0;
            if (!taken) {
                return code;
            }
        }
    }
}
