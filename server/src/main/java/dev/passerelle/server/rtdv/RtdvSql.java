package dev.passerelle.server.rtdv;

import org.jdbi.v3.core.locator.ClasspathSqlLocator;

/** The statements of this package, read (comments removed) from {@code dev/passerelle/server/rtdv/*.sql}. */
final class RtdvSql {

    private static final ClasspathSqlLocator LOCATOR = ClasspathSqlLocator.removingComments();

    private RtdvSql() {
    }

    static String named(String name) {
        return LOCATOR.getResource(RtdvSql.class.getClassLoader(), "dev/passerelle/server/rtdv/" + name + ".sql");
    }
}
