package dev.passerelle.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * RTDV latency and throughput at each number of concurrent callers, over SOAP and in-process on the
 * same database, for GetInvoices and GetSolvency; the targets apply to GetInvoices (p99 and SOAP
 * overhead at one caller, throughput at 16 callers). GetDocuments and GetDocumentLines are measured
 * at one caller only (the fewest callers asked for), without a target.
 */
final class RealTimeBench {

    private static final String SECTION = "5. RTDV";
    /** The JIT compiler's share of a warm-up round's wall time under which the warm-up ends. */
    private static final double QUIET_COMPILER_SHARE = 0.05;
    private static final int MAX_WARM_UP_ROUNDS = 15;

    private final RealTimeQueries queries;
    private final int callsPerCaller;

    RealTimeBench(RealTimeQueries queries, int callsPerCaller) {
        this.queries = queries;
        this.callsPerCaller = callsPerCaller;
    }

    List<Figure> measure(List<Integer> callerCounts) {
        int warmUpCalls = warmUp();
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.info(SECTION, String.format(Locale.ROOT, "warm-up calls of each operation and path, until"
                + " the JIT compiler is busy less than %.0f%% of a round", QUIET_COMPILER_SHARE * 100), warmUpCalls, "calls"));
        int fewest = callerCounts.stream().mapToInt(Integer::intValue).min().orElse(1);
        for (int callers : callerCounts) {
            figures.addAll(operation("GetInvoices", callers, queries.invoices(true), queries.invoices(false), true));
            if (callers == fewest) {
                figures.addAll(operation("GetDocuments", callers, queries.documents(true), queries.documents(false), false));
                figures.addAll(operation("GetDocumentLines", callers, queries.documentLines(true), queries.documentLines(false),
                        false));
            }
            figures.addAll(operation("GetSolvency", callers, queries.solvency(true), queries.solvency(false), false));
        }
        return figures;
    }

    /**
     * Calls each operation over SOAP and in-process, in rounds of up to 2,000 calls each by two
     * callers, until a round in which the JIT compiler worked less than {@link #QUIET_COMPILER_SHARE}
     * of the round's wall time, at most {@link #MAX_WARM_UP_ROUNDS} rounds (one round when the JVM
     * does not report its compiler's time). The code of a call runs once per call, so one short
     * round leaves much of it uncompiled or compiled by the first tier only, and the measurements
     * would time the compiler's progress rather than the calls (measured: after 2,000 calls, a
     * GetInvoices call at one caller took a third longer than after 20,000).
     *
     * @return the warm-up calls made of each operation and path
     */
    private int warmUp() {
        int calls = Math.min(2_000, callsPerCaller * 2);
        for (int round = 1; ; round++) {
            long compiled = JitActivity.millis();
            long started = System.nanoTime();
            for (IntConsumer call : List.of(queries.invoices(true), queries.invoices(false), queries.documents(true),
                    queries.documents(false), queries.documentLines(true), queries.documentLines(false),
                    queries.solvency(true), queries.solvency(false))) {
                CallerLoad.run(2, calls / 2, call);
            }
            double share = JitActivity.shareSince(compiled, System.nanoTime() - started);
            System.err.printf(Locale.ROOT, "bench: RTDV warm-up round %d: the JIT compiler busy %.0f%% of it%n",
                    round, share * 100);
            if (round == MAX_WARM_UP_ROUNDS || share < QUIET_COMPILER_SHARE) {
                return round * (calls / 2) * 2;
            }
        }
    }

    private List<Figure> operation(String name, int callers, IntConsumer soapCall, IntConsumer jdbcCall, boolean targeted) {
        CallerLoad soap = CallerLoad.run(callers, callsPerCaller, soapCall);
        CallerLoad jdbc = CallerLoad.run(callers, callsPerCaller, jdbcCall);
        String prefix = name + ", " + callers + (callers == 1 ? " caller" : " callers") + ", ";
        boolean single = targeted && callers == 1;
        boolean sixteen = targeted && callers == 16;
        double overhead = soap.p50Millis() - jdbc.p50Millis();
        return List.of(
                Figure.info(SECTION, prefix + "SOAP p50", soap.p50Millis(), "ms"),
                single ? Figure.atMost(SECTION, prefix + "SOAP p99", soap.p99Millis(), "ms", 5)
                        : Figure.info(SECTION, prefix + "SOAP p99", soap.p99Millis(), "ms"),
                sixteen ? Figure.atLeast(SECTION, prefix + "SOAP throughput", soap.callsPerSecond(), "calls/s", 3_000)
                        : Figure.info(SECTION, prefix + "SOAP throughput", soap.callsPerSecond(), "calls/s"),
                Figure.info(SECTION, prefix + "SOAP, CPU of the whole process per call", soap.cpuMicrosPerCall(), "µs"),
                Figure.info(SECTION, prefix + "JDBC p50", jdbc.p50Millis(), "ms"),
                Figure.info(SECTION, prefix + "JDBC p99", jdbc.p99Millis(), "ms"),
                Figure.info(SECTION, prefix + "JDBC throughput", jdbc.callsPerSecond(), "calls/s"),
                Figure.info(SECTION, prefix + "p50 ratio SOAP / JDBC", soap.p50Millis() / jdbc.p50Millis(), "x"),
                Figure.info(SECTION, prefix + "throughput ratio JDBC / SOAP", jdbc.callsPerSecond() / soap.callsPerSecond(), "x"),
                single ? Figure.atMost(SECTION, prefix + "SOAP overhead (p50 SOAP - p50 JDBC)", overhead, "ms", 1)
                        : Figure.info(SECTION, prefix + "SOAP overhead (p50 SOAP - p50 JDBC)", overhead, "ms"));
    }
}
