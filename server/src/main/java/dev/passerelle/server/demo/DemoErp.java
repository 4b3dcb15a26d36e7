package dev.passerelle.server.demo;

import dev.passerelle.common.db.Database;
import dev.passerelle.server.store.CompanyTable;
import dev.passerelle.server.store.demo.DemoTables;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A deterministic, realistic demo ERP: the same (accounts, seed, today) always gives the same data.
 * Customers and suppliers in eight countries with valid-looking VAT numbers, about two contacts and
 * one or two delivery addresses per account, representatives, free fields, some dormant accounts,
 * and for the active customers a commercial history (quotes, orders, delivery notes, invoices,
 * credit notes with lines) and its ledger (debits, payments, lettering, due dates past and future);
 * some of them (the customers among one account with a history in fifty) are key accounts, with
 * 60 to 150 invoices.
 * Written with batched statements, so 100,000 accounts take seconds. Expects an empty, migrated ERP.
 */
public final class DemoErp {

    private static final Logger LOG = LoggerFactory.getLogger(DemoErp.class);

    private DemoErp() {
    }

    /** True when the ERP has no account yet. */
    public static boolean isEmpty(Database database) {
        return database.jdbi().withExtension(DemoTables.class, DemoTables::accounts) == 0;
    }

    /** Fills the ERP relative to today's date of the system clock. */
    public static void generate(Database database, int accounts, long seed) {
        generate(database, accounts, seed, LocalDate.now(Clock.systemDefaultZone()));
    }

    /** Fills the ERP with {@code accounts} accounts, dates relative to {@code today}. */
    public static void generate(Database database, int accounts, long seed, LocalDate today) {
        if (accounts < 0) {
            throw new IllegalArgumentException("accounts must not be negative");
        }
        long started = System.nanoTime();
        Random random = new Random(seed);
        database.jdbi().useHandle(handle -> {
            handle.attach(CompanyTable.class).rename("Comptoir Démo Distribution SA");
            DemoTables tables = handle.attach(DemoTables.class);
            MasterData.representatives(tables, random);
            MasterData.freeFieldDefinitions(tables);
        });
        AccountWriter.Result written = new AccountWriter(database, random).write(accounts);
        new HistoryWriter(database, random, today).write(written);
        LOG.info("demo ERP: {} accounts generated in {} ms", accounts, (System.nanoTime() - started) / 1_000_000);
    }
}
