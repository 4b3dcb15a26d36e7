package dev.passerelle.bench;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.server.ErpServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code bench --rtdv-only}: section 5 alone on a demo ERP of N accounts, without the first sync or
 * any other section, and the plans of its list statements. The ERP is generated in the folder given
 * ({@code --erp-data}), or kept there from an earlier run of the same size and used again; the SOAP
 * client is the engine's transport over a fresh, empty CRM store.
 */
final class RtdvOnlyBench {

    /** The figures, and each list statement's plan by operation. */
    record Result(List<Figure> figures, Map<String, String> plans) {
    }

    private final int accounts;
    private final List<Integer> callers;
    private final int callsPerCaller;

    RtdvOnlyBench(int accounts, List<Integer> callers, int callsPerCaller) {
        this.accounts = accounts;
        this.callers = callers;
        this.callsPerCaller = callsPerCaller;
    }

    /** Measures with the ERP in {@code erpFolder} (made when absent) and the CRM store in {@code folder}. */
    Result measure(Path folder, Path erpFolder) {
        try {
            Files.createDirectories(erpFolder);
        } catch (IOException failure) {
            throw new BenchFailure("could not make the ERP's folder " + erpFolder + ": " + failure.getMessage());
        }
        boolean reused = Files.exists(erpFolder.resolve(Workbench.ERP_FILE + ".mv.db"));
        String password = UUID.randomUUID().toString();
        long started = System.nanoTime();
        try (ErpServer erp = Workbench.startErp(erpFolder, accounts, password)) {
            long made = System.nanoTime() - started;
            long found = erp.database().jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM account")
                    .mapTo(Long.class).one());
            if (found != accounts) {
                throw new BenchFailure("the ERP in " + erpFolder + " holds " + found + " accounts, not " + accounts
                        + ": give --accounts " + found + " or another --erp-data folder");
            }
            progress("demo ERP of %,d accounts %s in %.1f s; RTDV", accounts, reused ? "opened" : "generated",
                    Numbers.seconds(made));
            List<Figure> figures = new ArrayList<>();
            figures.add(Figure.info("5. RTDV", "accounts of the demo ERP, never synced", accounts, "accounts"));
            figures.add(Figure.info("5. RTDV", "documents in the ERP", count(erp, "document"), "documents"));
            try (CrmEngine engine = CrmEngine.open(Workbench.engineSettings(folder, Workbench.integration(erp, password)))) {
                RealTimeQueries queries = RealTimeQueries.of(erp, engine.transport(Workbench.INTEGRATION).port());
                Map<String, String> plans = RtdvPlans.of(erp.database().jdbi(), queries.keys().get(0));
                plans.forEach((operation, plan) -> figures.add(Figure.info("5. RTDV", "plan of " + operation
                        + " reads the account's documents by an index and scans no table (1 yes, 0 no)",
                        RtdvPlans.indexBound(plan) ? 1 : 0, "")));
                figures.addAll(new RealTimeBench(queries, callsPerCaller).measure(callers));
                return new Result(figures, plans);
            }
        }
    }

    private static long count(ErpServer erp, String table) {
        return erp.database().jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM " + table)
                .mapTo(Long.class).one());
    }

    private static void progress(String format, Object... args) {
        System.err.printf(java.util.Locale.ROOT, "bench: " + format + "%n", args);
    }
}
