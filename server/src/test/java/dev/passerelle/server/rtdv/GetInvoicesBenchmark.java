package dev.passerelle.server.rtdv;

import dev.passerelle.contract.v1.GetInvoices;
import dev.passerelle.contract.v1.PasserellePortType;
import dev.passerelle.server.ErpServer;
import dev.passerelle.server.TestServers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Measures GetInvoices (50-row pages of an account with 1,000 invoices, over a demo ERP) through SOAP
 * with the rtdv role, at 1 and 16 concurrent callers, next to the same statement (invoices.sql) run
 * directly over JDBC on the same pool in the same run, and GetServiceInfo as the cost of a call without
 * a query. Not a test; from the repository root:
 * <pre>
 * mvn -B -q -pl server -am test-compile dependency:build-classpath -Dmdep.outputFile=target/test.cp -Dmdep.includeScope=test
 * java -cp server/target/test-classes:server/target/classes:$(cat server/target/test.cp) \
 *     dev.passerelle.server.rtdv.GetInvoicesBenchmark [seconds per run, 10] [demo accounts, 5000]
 * </pre>
 */
public final class GetInvoicesBenchmark {

    private static final int INVOICES = 1_000;
    private static final int PAGE = 50;

    private GetInvoicesBenchmark() {
    }

    /** One caller's work: one page, numbered from 1. */
    private interface Call {
        void page(int caller, int pageNumber) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.apache.cxf.transport.http.forceURLConnection", "true");
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int demoAccounts = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        try (ErpServer server = ErpServer.start(TestServers.settings().demoAccounts(demoAccounts).clock(Clock.systemUTC()).build())) {
            long account = insertBenchAccount(server);
            String key = Long.toString(account);
            List<PasserellePortType> clients = new ArrayList<>();
            for (int caller = 0; caller < 16; caller++) {
                clients.add(TestServers.client(server, TestServers.RTDV_USER, TestServers.RTDV_PASSWORD));
            }
            Call soap = (caller, pageNumber) -> {
                GetInvoices request = new GetInvoices();
                request.setAccount(new RtdvFixtureAccount(key).query());
                request.setPage(RtdvFixture.page(pageNumber, PAGE));
                if (clients.get(caller).getInvoices(request).getInvoice().size() != PAGE) {
                    throw new IllegalStateException("short page");
                }
            };
            Call jdbc = jdbcCall(server.database().dataSource(), account);
            Call serviceInfo = (caller, pageNumber) -> clients.get(caller).getServiceInfo(new dev.passerelle.contract.v1.GetServiceInfo());
            printPlan(server, account);
            System.out.printf("GetInvoices, %d-row pages of %,d invoices, %d s per run, demo ERP of %,d accounts%n",
                    PAGE, INVOICES, seconds, demoAccounts);
            for (int callers : new int[] {1, 16}) {
                run("warm-up soap", soap, callers, Math.max(2, seconds / 2));
                run("warm-up jdbc", jdbc, callers, Math.max(2, seconds / 2));
                Result overSoap = run("SOAP", soap, callers, seconds);
                Result overJdbc = run("JDBC", jdbc, callers, seconds);
                Result infoOnly = run("info", serviceInfo, callers, Math.max(2, seconds / 2));
                System.out.println(overSoap);
                System.out.println(overJdbc);
                System.out.println(infoOnly + "   (GetServiceInfo: authentication and SOAP without a query)");
                System.out.printf("  ratio SOAP/JDBC at %2d callers: p50 %.1fx, p99 %.1fx, throughput %.2fx%n", callers,
                        overSoap.p50 / overJdbc.p50, overSoap.p99 / overJdbc.p99, overSoap.perSecond / overJdbc.perSecond);
            }
        }
    }

    private static void printPlan(ErpServer server, long account) {
        server.database().jdbi().useHandle(handle -> System.out.println("plan: " + handle.createQuery("EXPLAIN "
                        + RtdvSql.named("invoices")).define("namePrefixCondition", "").bind("account", account)
                .bindByType("from", null, LocalDate.class).bindByType("to", null, LocalDate.class).bind("unpaidOnly", 0)
                .bind("offset", 0L).bind("pageSize", PAGE).mapTo(String.class).one().replaceAll("\\s+", " ")
                .replaceAll(".*(/\\*[^*]*\\*/).*", "$1")));
    }

    /** The same statement the endpoint runs, its named parameters turned into JDBC ones. */
    private static Call jdbcCall(DataSource dataSource, long account) {
        List<String> names = new ArrayList<>();
        // An ordinary account: the statement without the generic account's name condition.
        Matcher parameter = Pattern.compile(":(\\w+)").matcher(RtdvSql.named("invoices").replace("<namePrefixCondition>", ""));
        StringBuilder sql = new StringBuilder();
        while (parameter.find()) {
            names.add(parameter.group(1));
            parameter.appendReplacement(sql, "?");
        }
        parameter.appendTail(sql);
        return (caller, pageNumber) -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                for (int index = 0; index < names.size(); index++) {
                    switch (names.get(index)) {
                        case "account" -> statement.setLong(index + 1, account);
                        case "namePrefix" -> statement.setNull(index + 1, java.sql.Types.NVARCHAR);
                        case "from", "to" -> statement.setNull(index + 1, java.sql.Types.DATE);
                        case "unpaidOnly" -> statement.setInt(index + 1, 0);
                        case "offset" -> statement.setLong(index + 1, (long) (pageNumber - 1) * PAGE);
                        case "pageSize" -> statement.setInt(index + 1, PAGE);
                        default -> throw new IllegalStateException("unexpected parameter " + names.get(index));
                    }
                }
                int rows = 0;
                try (ResultSet results = statement.executeQuery()) {
                    while (results.next()) {
                        results.getLong("id");
                        results.getString("doc_number");
                        results.getObject("doc_date", LocalDate.class);
                        results.getObject("due_date", LocalDate.class);
                        results.getBoolean("posted");
                        results.getString("currency");
                        results.getBigDecimal("net_amount");
                        results.getBigDecimal("gross_amount");
                        results.getBigDecimal("paid_amount");
                        results.getBigDecimal("remaining_amount");
                        results.getLong("total_count");
                        rows++;
                    }
                }
                if (rows != PAGE) {
                    throw new IllegalStateException("short page");
                }
            }
        };
    }

    private static long insertBenchAccount(ErpServer server) {
        return server.database().jdbi().inTransaction(handle -> {
            long id = handle.createUpdate("INSERT INTO account (account_type, code, name, currency, accounting_category,"
                            + " price_category, language_code) VALUES ('CUSTOMER', 'BENCH', N'Bench SA', 'EUR', 'NATIONAL', 'RETAIL', 'FR')")
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            PreparedBatch batch = handle.prepareBatch("INSERT INTO document (account_id, doc_type, doc_number, doc_date,"
                    + " customer_name, posted, due_date, paid_amount, currency, net_amount, gross_amount) VALUES (:account,"
                    + " 'INVOICE', :number, :date, N'Bench SA', 1, :due, 0, 'EUR', 100.00, 120.00)");
            LocalDate first = LocalDate.of(2024, 1, 1);
            for (int index = 0; index < INVOICES; index++) {
                batch.bind("account", id).bind("number", String.format("BENCH%05d", index))
                        .bind("date", first.plusDays(index / 2)).bind("due", first.plusDays(index / 2 + 30)).add();
            }
            batch.execute();
            return id;
        });
    }

    private static Result run(String label, Call call, int callers, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<long[]> latencies = new ArrayList<>();
        int[] counts = new int[callers];
        Thread[] threads = new Thread[callers];
        CountDownLatch start = new CountDownLatch(1);
        Throwable[] failure = new Throwable[1];
        for (int caller = 0; caller < callers; caller++) {
            long[] mine = new long[2_000_000];
            latencies.add(mine);
            int me = caller;
            threads[caller] = new Thread(() -> {
                try {
                    start.await();
                    int done = 0;
                    while (System.nanoTime() < deadline && done < mine.length) {
                        long began = System.nanoTime();
                        call.page(me, 1 + (done + me) % (INVOICES / PAGE));
                        mine[done++] = System.nanoTime() - began;
                    }
                    counts[me] = done;
                } catch (Throwable thrown) {
                    failure[0] = thrown;
                }
            });
            threads[caller].start();
        }
        long began = System.nanoTime();
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - began) / 1e9;
        if (failure[0] != null) {
            throw new IllegalStateException(label + " failed", failure[0]);
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int caller = 0; caller < callers; caller++) {
            System.arraycopy(latencies.get(caller), 0, all, at, counts[caller]);
            at += counts[caller];
        }
        Arrays.sort(all);
        return new Result(label, callers, percentile(all, 0.50), percentile(all, 0.99), total / elapsed);
    }

    private static double percentile(long[] sorted, double rank) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) (rank * sorted.length))] / 1e6;
    }

    private record Result(String label, int callers, double p50, double p99, double perSecond) {
        @Override
        public String toString() {
            return String.format("  %-4s %2d callers: p50 %7.3f ms, p99 %7.3f ms, %,9.0f calls/s", label, callers, p50, p99, perSecond);
        }
    }

    /** An account query naming the bench account. */
    private record RtdvFixtureAccount(String key) {
        dev.passerelle.contract.v1.AccountQuery query() {
            dev.passerelle.contract.v1.AccountQuery query = new dev.passerelle.contract.v1.AccountQuery();
            query.setAccountKey(key);
            return query;
        }
    }
}
