package dev.passerelle.bench;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.admin.RunHistory;
import dev.passerelle.client.diagnose.FindingKind;
import dev.passerelle.client.store.CompanyReads;
import dev.passerelle.console.ConsoleServer;
import dev.passerelle.server.store.Keys;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console's pages on a CRM store of N accounts: the first sync fills the store from the demo ERP,
 * {@link ConsoleSeed} adds months of runs, a long log, queued errors and records out of step, then a
 * CRM user logged in over real HTTP gets each page, its first page and its last (deep) page, with
 * and without a filter: a few times to warm up, then {@code samples} times, timed from the request to
 * the last byte of the answer. The target is 300 ms a page.
 */
final class ConsoleBench {

    static final double TARGET_MILLIS = 300;
    private static final String USER = "bench-admin";
    private static final Pattern ROWS_OF = Pattern.compile("Rows [0-9]+-[0-9]+ of ([0-9,]+)");

    /** One page as timed: its name, the path asked for, its samples in nanoseconds. */
    record Timing(String page, String path, long[] nanos) {

        double p50Millis() {
            return Numbers.millis(Numbers.percentile(nanos, 50));
        }

        double maxMillis() {
            return Numbers.millis(Numbers.percentile(nanos, 100));
        }
    }

    /** What was measured: the seeded store and the pages' timings. */
    record Result(int accounts, ConsoleSeed seed, double syncSeconds, List<Timing> timings) {
    }

    private final int accounts;
    private final int warmUp;
    private final int samples;

    ConsoleBench(int accounts, int warmUp, int samples) {
        this.accounts = accounts;
        this.warmUp = warmUp;
        this.samples = samples;
    }

    Result measure(Path folder) {
        try (Workbench bench = Workbench.open(folder, accounts)) {
            progress("demo ERP of %,d accounts ready; first sync", accounts);
            FirstSync sync = FirstSync.run(bench.engine());
            CrmEngine engine = bench.engine();
            RunHistory history = engine.history();
            long runs = history.page(Workbench.INTEGRATION, null, 0, 1).total();
            long firstRun = history.page(Workbench.INTEGRATION, null, (int) runs - 1, 1).rows().get(0).id();
            ConsoleSeed seed = ConsoleSeed.fill(engine.store().jdbi(), accounts, firstRun);
            progress("first sync %.1f s; store seeded with %s; console", Numbers.seconds(sync.nanos()), seed);
            String password = UUID.randomUUID().toString();
            engine.users().add(USER, "Benchmark");
            engine.users().setPassword(USER, password.toCharArray());
            try (ConsoleServer console = ConsoleServer.start(engine, "127.0.0.1", 0)) {
                ConsoleClient client = new ConsoleClient(console.uri());
                client.logIn(USER, password);
                List<Timing> timings = new ArrayList<>();
                for (String[] page : pages(bench, client, firstRun)) {
                    timings.add(time(client, page[0], page[1]));
                    Timing last = timings.get(timings.size() - 1);
                    progress("%-44s p50 %7.1f ms, max %7.1f ms  %s", last.page(), last.p50Millis(), last.maxMillis(), last.path());
                }
                return new Result(accounts, seed, Numbers.seconds(sync.nanos()), timings);
            }
        }
    }

    /** Each page to time: a name and the path with its query, deep pages at the listing's last page. */
    private List<String[]> pages(Workbench bench, ConsoleClient client, long firstRun) {
        List<String[]> pages = new ArrayList<>();
        pages.add(new String[] {"dashboard", "/"});
        listing(pages, client, "runs", "/runs?integration=main");
        listing(pages, client, "runs, status WARNING", "/runs?integration=main&status=WARNING");
        listing(pages, client, "run log (first sync)", "/runs/" + firstRun);
        listing(pages, client, "run log, kind CONFLICT", "/runs/" + firstRun + "?kind=CONFLICT");
        listing(pages, client, "errors", "/errors");
        listing(pages, client, "errors, state stopped", "/errors?state=stopped");
        listing(pages, client, "diagnose", "/diagnose");
        for (FindingKind kind : List.of(FindingKind.UNLINKED_COMPANY, FindingKind.UNMATCHED_ACCOUNT, FindingKind.CODE_TO_TYPE,
                FindingKind.REJECTED)) {
            listing(pages, client, "diagnose, kind " + kind, "/diagnose?kind=" + kind);
        }
        listing(pages, client, "orphans", "/orphans?integration=main");
        listing(pages, client, "orphans, why SECONDARY", "/orphans?integration=main&kind=SECONDARY");
        listing(pages, client, "companies", "/companies");
        String word = bench.engine().store().jdbi().withExtension(CompanyReads.class,
                reads -> reads.byName("%", accounts / 2, 1).get(0).name().split(" ")[0]);
        listing(pages, client, "companies, name like '" + word + "'", "/companies?q=" + word);
        long company = companyWithMostInvoices(bench);
        pages.add(new String[] {"company, accounts tab", "/companies/" + company});
        String invoices = "/companies/" + company + "?tab=invoices&integration=main";
        pages.add(new String[] {"company, invoices tab (ERP)", invoices});
        long rows = rowsOf(client.get(invoices));
        pages.add(new String[] {"company, invoices tab, last page", invoices + "&page=" + Math.max(1, (rows + 19) / 20)});
        pages.add(new String[] {"company, ledger tab (ERP)", "/companies/" + company + "?tab=ledger&integration=main"});
        pages.add(new String[] {"settings", "/settings"});
        return pages;
    }

    /** The first page of a listing and its last page, found from the "Rows 1-20 of N" the first page shows. */
    private static void listing(List<String[]> pages, ConsoleClient client, String name, String path) {
        pages.add(new String[] {name + ", first page", path});
        long rows = rowsOf(client.get(path));
        long last = Math.max(0, (rows - 1) / 20 * 20);
        pages.add(new String[] {name + ", last page", path + (path.contains("?") ? "&" : "?") + "offset=" + last});
    }

    private static long rowsOf(String html) {
        Matcher matcher = ROWS_OF.matcher(html);
        return matcher.find() ? Long.parseLong(matcher.group(1).replace(",", "")) : 0;
    }

    private Timing time(ConsoleClient client, String page, String path) {
        for (int run = 0; run < warmUp; run++) {
            client.get(path);
        }
        long[] nanos = new long[samples];
        for (int sample = 0; sample < samples; sample++) {
            long started = System.nanoTime();
            client.get(path);
            nanos[sample] = System.nanoTime() - started;
        }
        return new Timing(page, path, nanos);
    }

    /** The CRM company whose ERP account has the most invoices (and still its company). */
    private static long companyWithMostInvoices(Workbench bench) {
        List<Long> accounts = bench.erpJdbi().withHandle(handle -> handle.createQuery("SELECT d.account_id FROM document d"
                + " WHERE d.doc_type IN ('INVOICE', 'CREDIT_NOTE') GROUP BY d.account_id ORDER BY COUNT(*) DESC, d.account_id"
                + " OFFSET 0 ROWS FETCH NEXT 10 ROWS ONLY").mapTo(Long.class).list());
        for (long account : accounts) {
            List<Long> company = bench.engine().store().jdbi().withHandle(handle -> handle.createQuery("SELECT a.company_id"
                    + " FROM identity_map i JOIN account a ON a.id = i.crm_id WHERE i.entity = N'ACCOUNT'"
                    + " AND i.erp_key = :key AND a.company_id IS NOT NULL").bind("key", Keys.of(account)).mapTo(Long.class).list());
            if (!company.isEmpty()) {
                return company.get(0);
            }
        }
        throw new BenchFailure("no CRM company has an ERP account with invoices");
    }

    static String markdown(Result result, double loadBefore, double loadAfter, Machine machine) {
        StringBuilder text = new StringBuilder("# Console pages\n\n");
        text.append(String.format(Locale.ROOT, "CRM store of %,d accounts (first sync %.1f s), then %s; %d cores, Java %s,"
                        + " JVM options %s; load average %.2f at start, %.2f at end. Target: %.0f ms a page.%n%n",
                result.accounts(), result.syncSeconds(), result.seed(), machine.cores(), machine.javaVersion(),
                machine.tuning().isEmpty() ? "(none)" : machine.tuning(), loadBefore, loadAfter, TARGET_MILLIS));
        text.append("| page | p50 ms | max ms | met | path |\n|---|---:|---:|---|---|\n");
        for (Timing timing : result.timings()) {
            text.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %s | `%s` |%n", timing.page(), timing.p50Millis(),
                    timing.maxMillis(), timing.p50Millis() <= TARGET_MILLIS ? "yes" : "NO", timing.path()));
        }
        return text.toString();
    }

    private static void progress(String format, Object... args) {
        System.err.printf(Locale.ROOT, "bench console: " + format + "%n", args);
    }
}
