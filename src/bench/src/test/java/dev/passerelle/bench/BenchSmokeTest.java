package dev.passerelle.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The benchmark at a tiny size, end to end: every measurement is produced and sane (never its speed). */
class BenchSmokeTest {

    private static final Pattern FIGURE = Pattern.compile(
            "\\{\"section\": \"([^\"]+)\", \"name\": \"([^\"]+)\", \"value\": ([^,]+), \"unit\": \"([^\"]*)\"");

    @TempDir
    Path out;

    @Test
    void aTinyBenchmarkProducesEveryFigureAsMarkdownAndJson() throws IOException {
        int exit = new CommandLine(new BenchCommand()).execute("--accounts", "200", "--memory-sizes", "100,200",
                "--memory-warm-up", "50", "--memory-volume", "300", "--callers", "1,2", "--delta-accounts", "20", "--changes", "50", "--idle-runs", "3", "--idle-warm-up", "5",
                "--calls", "20", "--watch-accounts", "400", "--watch-duration", "4", "--watch-idle", "2",
                "--watch-settle", "1", "--out", out.toString());

        assertThat(exit).isZero();
        Map<String, Double> figures = figures(Files.readString(out.resolve("bench.json"), StandardCharsets.UTF_8));
        assertThat(figures.keySet()).anyMatch(name -> name.startsWith("1. First sync"))
                .anyMatch(name -> name.startsWith("2. Memory")).anyMatch(name -> name.startsWith("3. Delta"))
                .anyMatch(name -> name.startsWith("4. ApplyChanges")).anyMatch(name -> name.startsWith("5. RTDV"));
        assertThat(figures.get("1. First sync/records ERP -> CRM")).isGreaterThanOrEqualTo(200 * 3);
        assertThat(figures.get("1. First sync/first sync over SOAP, wall time")).isPositive();
        assertThat(figures.get("1. First sync/ratio sync / copy")).isPositive();
        assertThat(figures.get("1. First sync/rows of the CRM store after sections 3 to 5, all its tables"))
                .as("the records, and their companies and ERP keys besides").isGreaterThan(figures.get("1. First sync/records ERP -> CRM"));
        assertThat(figures.get("1. First sync/direct JDBC copy of those rows into a fresh CRM store, wall time")).isPositive();
        assertThat(figures.get("1. First sync/CPU time of the whole process during that copy")).isPositive();
        assertThat(figures.get("1. First sync/ratio sync / copy of the CRM store")).isPositive();
        assertThat(figures.get("1. First sync/ratio copy of the CRM store / copy")).isPositive();
        assertThat(figures.get("2. Memory/N = 200: completes with -Xmx256m")).isEqualTo(1);
        assertThat(figures.get("2. Memory/N = 200: peak heap")).isBetween(1.0, 256.0);
        assertThat(figures.get("2. Memory/accounts of the warm-up first sync each run makes before the measured ones,"
                + " in the same JVM")).isEqualTo(50);
        assertThat(figures.get("2. Memory/N = 200: warm-up first sync, wall time")).isPositive();
        assertThat(figures.get("2. Memory/N = 100: measured first syncs, each from a fresh demo ERP into an empty store"))
                .isEqualTo(3);
        assertThat(figures.get("2. Memory/N = 200: measured first syncs, each from a fresh demo ERP into an empty store"))
                .isEqualTo(2);
        assertThat(figures.get("2. Memory/N = 200: time per account (median of the syncs)")).isPositive();
        assertThat(figures.get("2. Memory/N = 200: JIT compiler's time during the syncs, share of their wall time"))
                .as("a fresh JVM compiles during its first syncs").isPositive();
        assertThat(Files.readString(out.resolve("bench.md"), StandardCharsets.UTF_8))
                .contains("| 2. Memory | time per account, N = 200 / N = 100 |").contains("| <= 1.20 x |");
        assertThat(figures.get("3. Delta/records ERP -> CRM in the delta run")).isGreaterThanOrEqualTo(20);
        assertThat(figures.get("3. Delta/idle run right after the delta (median of 3)")).isPositive();
        assertThat(figures.get("3. Delta/idle run in a running scheduler (median of 3 after 5 more)")).isPositive();
        assertThat(figures.get("4. ApplyChanges/records CRM -> ERP in that run")).isGreaterThanOrEqualTo(50);
        assertThat(figures.get("4. ApplyChanges/records CRM -> ERP in the second run")).isGreaterThanOrEqualTo(50);
        assertThat(figures.get("4. ApplyChanges/second run, the same accounts edited again")).isPositive();
        assertThat(figures.get("4. ApplyChanges/CPU time of the whole process during the second run")).isPositive();
        assertThat(figures.get("5. RTDV/GetInvoices, 2 callers, SOAP throughput")).isPositive();
        assertThat(figures.get("5. RTDV/GetSolvency, 1 caller, JDBC p99")).isPositive();
        assertThat(figures.get("5. RTDV/GetDocuments, 1 caller, SOAP p99")).isPositive();
        assertThat(figures.get("5. RTDV/GetDocumentLines, 1 caller, SOAP p99")).isPositive();
        assertThat(figures.keySet()).as("documents at the fewest callers only").noneMatch(name -> name.contains("GetDocuments, 2"));
        assertThat(figures.get("1. First sync/CPU time of the whole process during the sync")).isPositive();
        assertThat(figures.get("4. ApplyChanges/CPU time of the whole process during that run")).isPositive();
        assertThat(figures.get("5. RTDV/GetInvoices, 2 callers, SOAP, CPU of the whole process per call")).isPositive();
        assertWatchFigures(figures);
        assertThat(figures.get("1. First sync/time per account")).isPositive();
        assertThat(figures.get("1. First sync/disk used by the ERP database after the sync")).isPositive();
        assertThat(figures.get("1. First sync/disk used by the CRM store after the sync")).isPositive();
        assertThat(Files.readString(out.resolve("bench.md"), StandardCharsets.UTF_8))
                .contains("| 1. First sync | ratio sync / copy |", "cores", " GiB of memory;", "; GC ", "Targets:");
        assertThat(Files.readString(out.resolve("bench.json"), StandardCharsets.UTF_8)).containsPattern("\"collector\": \"[^\"]+\"")
                .containsPattern("\"memoryBytes\": [1-9][0-9]{8,}");
        assertThat(Files.readString(out.resolve("bench.json"), StandardCharsets.UTF_8)).containsPattern("\"jvmTuning\": \"[^\"]*\"");
    }

    @Test
    void aRepeatedBenchmarkRunsEachTimeInAChildJvmAndReportsTheMediansOfTheWatchToo() throws IOException {
        int exit = new CommandLine(new BenchCommand()).execute("--accounts", "200", "--skip-memory", "--callers", "1",
                "--delta-accounts", "10", "--changes", "20", "--idle-runs", "1", "--idle-warm-up", "0", "--calls", "10",
                "--repeat", "2", "--watch-accounts", "400", "--watch-duration", "4", "--watch-idle", "2",
                "--watch-settle", "1", "--out", out.toString());

        assertThat(exit).isZero();
        String json = Files.readString(out.resolve("bench.json"), StandardCharsets.UTF_8);
        assertThat(json).contains("\"repeat\": 2");
        Map<String, Double> figures = figures(json);
        assertThat(figures.get("1. First sync/records ERP -> CRM")).isGreaterThanOrEqualTo(200 * 3);
        assertThat(figures.get("4. ApplyChanges/records CRM -> ERP in that run")).isGreaterThanOrEqualTo(20);
        assertThat(figures.get("1. First sync/ratio sync / copy of the CRM store")).as("the child JVMs copy the store too")
                .isPositive();
        assertThat(figures.keySet()).noneMatch(name -> name.startsWith("2. Memory"));
        assertThat(figures.get("6. Watch/ERP -> CRM, single changes: changes seen")).as("the median of two watch runs")
                .isPositive();
        Matcher sync = Pattern.compile("\"name\": \"first sync over SOAP, wall time\", \"value\": ([^,]+),.*"
                + "\"runs\": \\[([^,\\]]+), ([^,\\]]+)\\]").matcher(json);
        assertThat(sync.find()).isTrue();
        double first = Double.parseDouble(sync.group(2));
        double second = Double.parseDouble(sync.group(3));
        assertThat(first).isPositive();
        assertThat(second).isPositive();
        assertThat(Double.parseDouble(sync.group(1))).isCloseTo((first + second) / 2, within(1e-3));
        assertThat(Files.readString(out.resolve("bench.md"), StandardCharsets.UTF_8))
                .contains("Sections 1, 3, 4, 5 and 6 ran 2 times, each in a JVM of its own", " of 2 |")
                .containsPattern("\\| 6\\. Watch \\| idle, second measurement: CPU of crm-sync watch \\(its whole JVM\\),"
                        + " share of one core \\|"
                        + " [0-9.]+ \\| % \\| <= 2 % \\| (pass|\\*\\*MISS\\*\\*) \\| [0-9.]+ - [0-9.]+; met in [0-2] of 2 \\|");
    }

    @Test
    void theSyncMeasurementsRunInAChildJvmOfTheHeapGivenAndWithoutRtdvWhenAsked() throws IOException {
        int exit = new CommandLine(new BenchCommand()).execute("--accounts", "200", "--skip-memory", "--skip-rtdv",
                "--skip-watch", "--sync-heap", "200m", "--delta-accounts", "10", "--changes", "20", "--idle-runs", "1",
                "--idle-warm-up", "0", "--out", out.toString());

        assertThat(exit).isZero();
        String json = Files.readString(out.resolve("bench.json"), StandardCharsets.UTF_8);
        Map<String, Double> figures = figures(json);
        assertThat(figures.get("1. First sync/max heap of the JVM that made the sync (endpoint and engine)"))
                .as("-Xmx200m, less what the collector keeps of it").isBetween(100.0, 200.0);
        assertThat(figures.get("1. First sync/records ERP -> CRM")).isGreaterThanOrEqualTo(200 * 3);
        assertThat(figures.keySet()).noneMatch(name -> name.startsWith("5. RTDV")).noneMatch(name -> name.startsWith("6. Watch"));
        assertThat(json).as("one run in a child reports its figures as they are").doesNotContain("\"runs\"");
    }

    @Test
    void rtdvAloneMeasuresDocumentsBesideInvoicesAndReusesTheErpItKept(@TempDir Path erpData) throws IOException {
        String[] arguments = {"--rtdv-only", "--accounts", "300", "--callers", "1", "--calls", "10",
                "--erp-data", erpData.toString(), "--out", out.toString()};
        assertThat(new CommandLine(new BenchCommand()).execute(arguments)).isZero();
        Map<String, Double> first = figures(Files.readString(out.resolve("bench.json"), StandardCharsets.UTF_8));
        assertThat(new CommandLine(new BenchCommand()).execute(arguments)).as("the same ERP, opened again").isZero();
        Map<String, Double> figures = figures(Files.readString(out.resolve("bench.json"), StandardCharsets.UTF_8));

        assertThat(figures.get("5. RTDV/documents in the ERP")).isPositive().isEqualTo(first.get("5. RTDV/documents in the ERP"));
        assertThat(figures.keySet()).allMatch(name -> name.startsWith("5. RTDV/"));
        for (String operation : new String[] {"GetInvoices", "GetDocuments", "GetDocumentLines", "GetSolvency"}) {
            assertThat(figures.get("5. RTDV/" + operation + ", 1 caller, SOAP p99")).as(operation).isPositive();
            assertThat(figures.get("5. RTDV/" + operation + ", 1 caller, JDBC p99")).as(operation).isPositive();
        }
        for (String operation : new String[] {"GetInvoices", "GetDocuments", "GetDocumentLines"}) {
            assertThat(figures.get("5. RTDV/plan of " + operation + " reads the account's documents by an index and scans"
                    + " no table (1 yes, 0 no)")).as(operation).isEqualTo(1);
        }
        assertThat(Files.readString(out.resolve("rtdv-plans.txt"), StandardCharsets.UTF_8))
                .contains("-- GetInvoices", "-- GetDocuments", "-- GetDocumentLines", "account_id = a.id");
        assertThat(new CommandLine(new BenchCommand()).execute("--rtdv-only", "--accounts", "200", "--erp-data",
                erpData.toString(), "--out", out.toString())).as("an ERP of another size is refused").isEqualTo(1);
        assertThat(new CommandLine(new BenchCommand()).execute("--erp-data", erpData.toString())).isEqualTo(2);
    }

    @Test
    void atAnIntervalOfAnHourCrmChangesAloneWakeTheWatcher() throws IOException {
        int exit = new CommandLine(new BenchCommand()).execute("--accounts", "200", "--skip-memory", "--skip-rtdv",
                "--delta-accounts", "20", "--changes", "50", "--idle-runs", "1", "--idle-warm-up", "1",
                "--watch-accounts", "400", "--watch-interval", "3600", "--watch-directions", "crm-to-erp",
                "--watch-duration", "4", "--watch-idle", "2", "--watch-settle", "1", "--out", out.toString());

        assertThat(exit).isZero();
        Map<String, Double> figures = figures(Files.readString(out.resolve("bench.json"), StandardCharsets.UTF_8));
        assertThat(figures).containsEntry("6. Watch/interval of crm-sync watch", 3600.0)
                .containsEntry("6. Watch/directions of the changes made (2: both)", 1.0);
        for (String kind : new String[] {"single changes", "bursts of 100"}) {
            String prefix = "6. Watch/CRM -> ERP, " + kind + ": ";
            assertThat(figures.get(prefix + "changes seen")).as(prefix).isPositive();
            assertThat(figures.get(prefix + "changes not seen within 30 s")).as(prefix + "every one, by the look at the outbox")
                    .isZero();
        }
        assertThat(figures.keySet()).as("no change made in the ERP").noneMatch(name -> name.startsWith("6. Watch/ERP -> CRM"));
        assertThat(figures.get("6. Watch/idle: turns of the watcher in the second measurement")).as("nothing rings").isZero();
    }

    /** Every delay of the watch section is positive and ordered, and the watcher turned and used some CPU while idle. */
    private static void assertWatchFigures(Map<String, Double> figures) {
        for (String direction : new String[] {"ERP -> CRM", "CRM -> ERP"}) {
            for (String kind : new String[] {"single changes", "bursts of 100"}) {
                String prefix = "6. Watch/" + direction + ", " + kind + ": ";
                assertThat(figures.get(prefix + "changes seen")).as(prefix).isPositive();
                assertThat(figures.get(prefix + "changes not seen within 30 s")).as(prefix).isZero();
                double p50 = figures.get(prefix + "delay from commit to the other side, p50");
                double p99 = figures.get(prefix + "delay from commit to the other side, p99");
                double highest = figures.get(prefix + "delay from commit to the other side, highest");
                assertThat(p50).as(prefix).isPositive().isLessThanOrEqualTo(p99);
                assertThat(p99).as(prefix).isLessThanOrEqualTo(highest);
            }
        }
        assertThat(figures.get("6. Watch/ERP -> CRM, bursts of 100: changes seen")).isGreaterThanOrEqualTo(100);
        assertThat(figures.get("6. Watch/idle: turns of the watcher in the second measurement")).as("a turn a second")
                .isPositive();
        assertThat(figures.get("6. Watch/of which moved records")).isPositive();
        assertThat(figures.get("6. Watch/a turn that moved records, as the watcher reports it: median")).isPositive()
                .isLessThanOrEqualTo(figures.get("6. Watch/a turn that moved records, as the watcher reports it: highest"));
        for (String which : List.of("right after the changes", "second measurement")) {
            assertThat(figures.get("6. Watch/idle, " + which + ": CPU of crm-sync watch (its whole JVM), share of one core"))
                    .as(which).isPositive();
            assertThat(figures.get("6. Watch/idle, " + which + ": CPU of the endpoint's JVM (endpoint, ERP database, the"
                    + " benchmark asleep), share of one core")).as(which).isPositive();
        }
        assertThat(figures.get("6. Watch/idle: between the starts of the two measurements")).isGreaterThanOrEqualTo(3);
    }

    private static Map<String, Double> figures(String json) {
        Map<String, Double> figures = new LinkedHashMap<>();
        Matcher matcher = FIGURE.matcher(json);
        while (matcher.find()) {
            figures.put(matcher.group(1) + "/" + matcher.group(2), Double.valueOf(matcher.group(3)));
        }
        return figures;
    }
}
