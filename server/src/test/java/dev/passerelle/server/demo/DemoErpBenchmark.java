package dev.passerelle.server.demo;

import dev.passerelle.common.db.Database;
import dev.passerelle.common.db.DatabaseSettings;
import dev.passerelle.common.db.H2Urls;
import java.time.LocalDate;

/** Measures demo generation (not a test): {@code java ... DemoErpBenchmark [accounts]}. */
public final class DemoErpBenchmark {

    private DemoErpBenchmark() {
    }

    public static void main(String[] args) {
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        try (Database database = Database.open(DatabaseSettings.of(H2Urls.memory("bench") + ";LOCK_TIMEOUT=30000"), "bench")) {
            database.migrate("erp");
            long started = System.nanoTime();
            DemoErp.generate(database, accounts, 42, LocalDate.of(2026, 11, 23));
            long millis = (System.nanoTime() - started) / 1_000_000;
            database.jdbi().useHandle(handle -> {
                for (String table : new String[] {"account", "contact", "delivery_address", "document", "document_line", "ledger_entry"}) {
                    System.out.printf("%-18s %,10d%n", table, handle.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
                }
            });
            System.out.printf("generated %,d accounts in %,d ms%n", accounts, millis);
        }
    }
}
