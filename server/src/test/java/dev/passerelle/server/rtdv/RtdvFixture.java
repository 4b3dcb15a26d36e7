package dev.passerelle.server.rtdv;

import dev.passerelle.contract.v1.AccountQuery;
import dev.passerelle.contract.v1.DateRange;
import dev.passerelle.contract.v1.PageRequest;
import dev.passerelle.contract.v1.PasserellePortType;
import dev.passerelle.server.ErpServer;
import dev.passerelle.server.ServerSettings;
import dev.passerelle.server.TestServers;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

/**
 * A real ERP endpoint on a free port whose database holds the hand-computed data set of
 * {@code rtdv-fixture.sql}, its clock fixed on 2026-06-15, its page limit 100; and a client logged in
 * with the {@code rtdv} role.
 */
final class RtdvFixture implements AutoCloseable {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final int MAX_PAGE_SIZE = 100;

    final ErpServer server;
    final PasserellePortType client;

    private final boolean cleanUp;

    /** On a fresh in-memory H2 database. */
    RtdvFixture() {
        this(TestServers.settings(), false);
    }

    /** On the database of {@code settings}, removing the data set before and after (for a shared SQL Server). */
    RtdvFixture(ServerSettings.Builder settings, boolean cleanUp) {
        Clock clock = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC);
        server = ErpServer.start(settings.clock(clock).maxPageSize(MAX_PAGE_SIZE).build());
        this.cleanUp = cleanUp;
        if (cleanUp) {
            runScript("rtdv-fixture-cleanup");
        }
        runScript("rtdv-fixture");
        client = TestServers.client(server, TestServers.RTDV_USER, TestServers.RTDV_PASSWORD);
    }

    private void runScript(String name) {
        String script = ClasspathSqlLocator.removingComments()
                .getResource(RtdvFixture.class.getClassLoader(), "dev/passerelle/server/rtdv/" + name + ".sql");
        server.database().jdbi().useTransaction(handle -> handle.createScript(script).execute());
    }

    String accountKey(String code) {
        return server.database().jdbi().withHandle(handle -> handle.createQuery("SELECT id FROM account WHERE code = :code")
                .bind("code", code).mapTo(String.class).one());
    }

    String documentKey(String number) {
        return server.database().jdbi().withHandle(handle -> handle.createQuery("SELECT id FROM document WHERE doc_number = :number")
                .bind("number", number).mapTo(String.class).one());
    }

    AccountQuery account(String code) {
        return account(code, null);
    }

    AccountQuery account(String code, String namePrefix) {
        AccountQuery query = new AccountQuery();
        query.setAccountKey(accountKey(code));
        query.setNamePrefix(namePrefix);
        return query;
    }

    /** An account query of a key as given, whether this ERP knows it or not. */
    static AccountQuery accountOfKey(String key) {
        AccountQuery query = new AccountQuery();
        query.setAccountKey(key);
        return query;
    }

    static DateRange range(String from, String to) {
        DateRange range = new DateRange();
        range.setFrom(from == null ? null : LocalDate.parse(from));
        range.setTo(to == null ? null : LocalDate.parse(to));
        return range;
    }

    static PageRequest page(Integer number, Integer size) {
        PageRequest page = new PageRequest();
        page.setPageNumber(number);
        page.setPageSize(size);
        return page;
    }

    @Override
    public void close() {
        if (cleanUp) {
            runScript("rtdv-fixture-cleanup");
        }
        server.close();
    }
}
