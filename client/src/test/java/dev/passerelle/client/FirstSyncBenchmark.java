package dev.passerelle.client;

import dev.passerelle.client.config.EngineSettings;
import dev.passerelle.client.config.IntegrationSettings;
import dev.passerelle.client.run.RunMode;
import dev.passerelle.client.run.RunReport;
import dev.passerelle.common.db.DatabaseSettings;
import dev.passerelle.common.db.H2Urls;
import dev.passerelle.server.ErpServer;
import dev.passerelle.server.ServerSettings;
import dev.passerelle.server.security.Role;
import dev.passerelle.server.security.Users;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures a first sync and an idle delta run. Not a test: run it by hand, the ERP in one JVM and the
 * engine in another so that the engine's heap is measured alone:
 * <pre>
 *   java -cp CP dev.passerelle.client.FirstSyncBenchmark erp DIR ACCOUNTS PORT
 *   java -Xmx256m -cp CP dev.passerelle.client.FirstSyncBenchmark crm DIR URL
 * </pre>
 */
public final class FirstSyncBenchmark {

    private FirstSyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 4 && args[0].equals("erp")) {
            erp(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        } else if (args.length >= 3 && args[0].equals("crm")) {
            crm(Path.of(args[1]), args[2]);
        } else {
            System.err.println("usage: erp DIR ACCOUNTS PORT | crm DIR URL");
            System.exit(64);
        }
    }

    private static void erp(Path dir, int accounts, int port) throws InterruptedException {
        long start = System.nanoTime();
        ServerSettings settings = ServerSettings.builder().port(port).jdbcUrl(H2Urls.file(dir.resolve("erp")))
                .users(Users.builder().add("bench", "bench-secret", Role.SYNC).build()).demoAccounts(accounts)
                .demoSeed(7).maxPageSize(1000).clock(Clock.systemUTC()).build();
        ErpServer server = ErpServer.start(settings);
        System.out.printf("ERP ready at %s with %d accounts after %.1f s%n", server.endpointUrl(), accounts,
                (System.nanoTime() - start) / 1e9);
        Thread.currentThread().join();
    }

    private static void crm(Path dir, String url) throws Exception {
        Files.createDirectories(dir);
        AtomicLong peak = new AtomicLong();
        AtomicLong livePeak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                peak.accumulateAndGet(used, Math::max);
                livePeak.accumulateAndGet(liveAfterGc(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        IntegrationSettings integration = IntegrationSettings.defaults("main", url, "bench", "bench-secret")
                .withPaging(1000, 200);
        EngineSettings settings = EngineSettings.of(DatabaseSettings.of(H2Urls.file(dir.resolve("crm"))), integration);
        try (CrmEngine engine = CrmEngine.open(settings)) {
            RunReport first = engine.run("main", RunMode.DELTA);
            System.out.printf("first sync: %s in %.1f s; %s%n", first.status(), first.duration().toMillis() / 1000.0, first.counts());
            System.out.printf("heap during first sync: peak used %d MiB (incl. garbage), peak live after GC %d MiB,"
                    + " max heap %d MiB%n", peak.get() >> 20, livePeak.get() >> 20, Runtime.getRuntime().maxMemory() >> 20);
            for (int i = 0; i < 3; i++) {
                RunReport idle = engine.run("main", RunMode.DELTA);
                System.out.printf("idle delta run: %s in %d ms%n", idle.status(), idle.duration().toMillis());
            }
        }
        sampler.interrupt();
    }

    /** The largest heap left after a collection, summed over the heap pools (what the run really holds). */
    private static long liveAfterGc() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                total += pool.getCollectionUsage().getUsed();
            }
        }
        return total;
    }
}
