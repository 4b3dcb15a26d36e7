package dev.passerelle.server.demo;

import dev.passerelle.common.db.Database;

/** A deterministic, realistic demo ERP. */
public final class DemoErp {

    private DemoErp() {
    }

    public static boolean isEmpty(Database database) {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM account").mapTo(Long.class).one()) == 0;
    }

    public static void generate(Database database, int accounts, long seed) {
        throw new UnsupportedOperationException("demo data not available yet");
    }
}
