package dev.passerelle.client.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passerelle.client.watch.Scrape;
import dev.passerelle.common.db.H2Urls;
import dev.passerelle.server.ErpServer;
import dev.passerelle.server.ServerSettings;
import dev.passerelle.server.security.Role;
import dev.passerelle.server.security.Users;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * crm-sync watch with --http-port (or watch.http.port): GET /health and GET /metrics over real HTTP
 * while it serves a real ERP endpoint, the meters of its real runs, each turned off by configuration,
 * bad values refused before anything starts, and the port closed when watch ends.
 */
class WatchHttpTest {

    private static final Pattern SERVED_AT = Pattern.compile("health and metrics at (\\S+)");

    @TempDir
    Path dir;

    private ErpServer erp;
    private Path config;

    @BeforeEach
    void start() throws Exception {
        erp = ErpServer.start(ServerSettings.builder().port(0).jdbcUrl(H2Urls.memory("erp-" + UUID.randomUUID()))
                .users(Users.builder().add("sync", "sync-secret", Role.SYNC).build()).demoAccounts(5).demoSeed(3)
                .clock(Clock.systemUTC()).build());
        config = dir.resolve("crm-sync.properties");
        configure();
    }

    @AfterEach
    void stop() {
        erp.close();
    }

    @Test
    void servesTheHealthAndTheMetersOfItsRunsUntilItEnds() throws Exception {
        assertThat(run("run", "--no-progress")).isZero();
        long company = Jdbi.create(H2Urls.file(dir.resolve("crm"))).withHandle(handle ->
                handle.createQuery("SELECT MIN(id) FROM company").mapTo(Long.class).one());
        assertThat(run("company", "edit", Long.toString(company), "--set", "website=https://watch.example")).isZero();

        Background watch = Background.start("watch", "--http-port", "0", "--config=" + config);
        URI base = URI.create(watch.await(SERVED_AT, Duration.ofSeconds(60)));
        assertThat(base.getHost()).isEqualTo("127.0.0.1");
        HttpResponse<String> health = awaitHealth(base, "\"id\":2,");
        Map<String, Double> samples = Scrape.samples(Scrape.get(base, "/metrics").body());
        int stopped = watch.stop();

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).startsWith("{\"status\":\"UP\",\"store\":{\"reachable\":true},\"integrations\":[{\"name\":\"main\","
                + "\"status\":\"UP\",\"lastRun\":{\"id\":2,\"mode\":\"DELTA\",\"status\":\"SUCCESS\"")
                .contains("\"errorQueue\":0,\"pendingOut\":0");
        long erpToCrm = storeCount("SELECT COALESCE(SUM(quantity), 0) FROM run_count WHERE run_id = 2 AND direction = N'ERP_TO_CRM'"
                + " AND outcome NOT IN (N'skipped', N'unchanged') AND entity <> N'BATCH'");
        assertThat(samples)
                .containsEntry("passerelle_sync_turns_total{integration=\"main\",outcome=\"ran\"}", 1.0)
                .containsEntry("passerelle_sync_turns_total{integration=\"main\",outcome=\"busy\"}", 0.0)
                .containsEntry("passerelle_sync_runs_total{integration=\"main\",status=\"success\"}", 1.0)
                .containsEntry("passerelle_sync_runs_total{integration=\"main\",status=\"failure\"}", 0.0)
                .containsEntry("passerelle_sync_records_total{direction=\"crm-to-erp\",integration=\"main\"}", 1.0)
                .containsEntry("passerelle_sync_records_total{direction=\"erp-to-crm\",integration=\"main\"}", (double) erpToCrm)
                .containsEntry("passerelle_sync_run_duration_seconds_count{integration=\"main\",mode=\"delta\"}", 1.0)
                .containsEntry("passerelle_sync_conflicts_total{integration=\"main\"}", 0.0)
                .containsEntry("passerelle_sync_error_queue{integration=\"main\"}", 0.0)
                .containsEntry("passerelle_sync_outbox_pending{integration=\"main\"}", 0.0)
                .containsEntry("passerelle_sync_disconnected{integration=\"main\"}", 0.0);
        assertThat(samples.keySet()).anyMatch(series -> series.startsWith("jvm_threads_live_threads"));
        assertThat(samples).as("the CRM store's connection pool").containsKeys("hikaricp_connections_active{pool=\"crm-store\"}",
                "hikaricp_connections_idle{pool=\"crm-store\"}", "hikaricp_connections_pending{pool=\"crm-store\"}");
        assertThat(samples.get("hikaricp_connections_max{pool=\"crm-store\"}")).isPositive();
        assertThat(samples.get("hikaricp_connections_acquire_seconds_count{pool=\"crm-store\"}")).as("the runs took connections")
                .isPositive();
        int sent = erp.database().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT COUNT(*) FROM account WHERE website = N'https://watch.example'").mapTo(Integer.class).one());
        assertThat(sent).isOne();
        assertThat(stopped).as(watch.output()).isEqualTo(ExitCodes.FAILURE);
        assertThat(watch.output()).contains("failed: interrupted");
        assertThatThrownBy(() -> Scrape.get(base, "/health")).as("closed with watch").isInstanceOf(ConnectException.class);
    }

    @Test
    void theConfigurationPicksThePortAndTurnsMetricsOff() throws Exception {
        configure("watch.http.port=0", "watch.metrics.enabled=false");

        Background watch = Background.start("watch", "--config=" + config);
        URI base = URI.create(watch.await(SERVED_AT, Duration.ofSeconds(60)));
        HttpResponse<String> health = awaitHealth(base, "\"id\":1,");
        HttpResponse<String> metrics = Scrape.get(base, "/metrics");
        HttpResponse<String> other = Scrape.get(base, "/");
        watch.stop();

        assertThat(watch.output()).contains("(GET /health)").doesNotContain("GET /metrics");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(metrics.statusCode()).isEqualTo(404);
        assertThat(other.statusCode()).isEqualTo(404);
    }

    @Test
    void badValuesAreRefusedBeforeAnythingStarts() throws Exception {
        configure("watch.http.port=70000");
        assertThat(run("watch", "--max-runs", "1")).isEqualTo(ExitCodes.CONFIG);
        assertThat(out.toString()).contains("watch.http.port").contains("between 0 and 65535");

        configure("watch.health.max-lag-intervals=0");
        assertThat(run("watch", "--max-runs", "1")).isEqualTo(ExitCodes.CONFIG);
        assertThat(out.toString()).contains("watch.health.max-lag-intervals");

        configure("watch.http.prot=9100");
        assertThat(run("watch", "--max-runs", "1")).isEqualTo(ExitCodes.CONFIG);
        assertThat(out.toString()).contains("watch.http.prot").contains("unknown key");

        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            configure();
            assertThat(run("watch", "--max-runs", "1", "--http-port", Integer.toString(taken.getLocalPort())))
                    .isEqualTo(ExitCodes.CONFIG);
            assertThat(out.toString()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort());
        }
        assertThat(storeCount("SELECT COUNT(*) FROM sync_run")).as("no run started").isZero();
    }

    private StringWriter out;

    private int run(String... args) {
        out = new StringWriter();
        CommandLine line = new CommandLine(new CrmSyncCommand());
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(out, true));
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--config=" + config);
        return line.execute(all.toArray(String[]::new));
    }

    private void configure(String... lines) throws Exception {
        List<String> all = new ArrayList<>(List.of("crm.db.url=" + H2Urls.file(dir.resolve("crm")),
                "integration.main.erp.url=" + erp.endpointUrl(), "integration.main.erp.user=sync",
                "integration.main.erp.password=sync-secret", "integration.main.interval=1h"));
        all.addAll(List.of(lines));
        Files.write(config, all);
    }

    private long storeCount(String sql) {
        return Jdbi.create(H2Urls.file(dir.resolve("crm"))).withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }

    /** GET /health until its body contains {@code expected} (the watch's first run is over). */
    private static HttpResponse<String> awaitHealth(URI base, String expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        HttpResponse<String> health = Scrape.get(base, "/health");
        while (!health.body().contains(expected) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            health = Scrape.get(base, "/health");
        }
        return health;
    }
}
