package dev.passerelle.launcher.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passerelle.common.db.H2Urls;
import dev.passerelle.server.security.Role;
import dev.passerelle.server.security.Users;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operator watches both sides from outside, as a monitor would: the ERP endpoint and crm-sync watch
 * are started with the product's commands, and GET /health and GET /metrics of each are read over
 * HTTP. The endpoint is up, then in maintenance (503) while the operator's command has it so, then
 * gone; watch reports its runs (a conflict, a record the ERP refused, what moved each way) and answers
 * 503 once a run failed.
 */
class HealthAndMetricsJourneyTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path folder;

    @Test
    void bothSidesAnswerHealthAndMetricsThroughMaintenanceConflictsRejectionsAndAFailure() throws Exception {
        Path users = folder.resolve("users.txt");
        Users.builder().add(Journey.USER, Journey.PASSWORD, Role.SYNC).build().save(users);
        String erpDb = H2Urls.file(folder.resolve("erp"));
        Running erpServer = Running.start("erp-server", "--port", "0", "--db", erpDb, "--users", users.toString(),
                "--demo-accounts", "3");
        URI endpoint = URI.create(erpServer.await("ERP endpoint listening at (\\S+)"));
        URI erp = URI.create(erpServer.await("health and metrics at (\\S+)"));

        HttpResponse<String> erpUp = get(erp, "/health");
        assertThat(erpUp.statusCode()).isEqualTo(200);
        assertThat(erpUp.body()).startsWith("{\"status\":\"UP\",\"database\":{\"reachable\":true,\"schemaVersion\":\"102\"}");

        Path config = folder.resolve("crm-sync.properties");
        Files.write(config, List.of("crm.db.url=" + H2Urls.file(folder.resolve("crm")),
                "integration.main.erp.url=" + endpoint, "integration.main.erp.user=" + Journey.USER,
                "integration.main.erp.password=" + Journey.PASSWORD, "integration.main.retry-attempts=2",
                "integration.main.code-mode=free", "integration.main.interval=1h"));
        assertThat(crmSync(config, "run", "--no-progress").exit()).isZero();
        Jdbi erpSql = Jdbi.create(erpDb);
        Jdbi crmSql = Jdbi.create(H2Urls.file(folder.resolve("crm")));
        // the same field changed on both sides
        String code = erpSql.withHandle(handle -> handle.createQuery("SELECT MIN(code) FROM account WHERE account_type = 'CUSTOMER'")
                .mapTo(String.class).one());
        long company = crmSql.withHandle(handle -> handle.createQuery("SELECT company_id FROM account WHERE account_code = :code")
                .bind("code", code).mapTo(Long.class).one());
        erpSql.useHandle(handle -> handle.execute("UPDATE account SET website = N'https://erp.example' WHERE code = ?", code));
        assertThat(crmSync(config, "company", "edit", Long.toString(company), "--set", "website=https://crm.example").exit()).isZero();
        // an account code free in the CRM when typed, taken in the ERP when sent
        long newCompany = Journey.printedId(crmSync(config, "company", "add", "--name", "Doublon", "--type", "CUSTOMER"), "company");
        erpSql.useHandle(handle -> handle.execute("UPDATE account SET code = N'PRIS01' WHERE code <> ? AND id ="
                + " (SELECT MAX(id) FROM account)", code));
        assertThat(crmSync(config, "create-account", "--company", Long.toString(newCompany), "--code", "PRIS01").exit()).isZero();

        Running watch = Running.start("crm-sync", "watch", "--http-port", "0", "--config=" + config);
        URI crm = URI.create(watch.await("health and metrics at (\\S+)"));
        // run 2 sends the CRM's changes; they move the ERP's change horizon, which wakes the watcher's
        // WaitForChanges: run 3 reads them back at once rather than an interval later, and sends again
        // the record the ERP rejected (rejected twice)
        HttpResponse<String> watchUp = await(crm, "/health", body -> body.contains("\"id\":3,"));
        Map<String, Double> watchMetrics = samples(get(crm, "/metrics").body());
        Map<String, Double> erpMetrics = samples(get(erp, "/metrics").body());

        assertThat(watchUp.statusCode()).as(watchUp.body()).isEqualTo(200);
        assertThat(watchUp.body()).contains("\"status\":\"UP\"").contains("\"id\":3,\"mode\":\"DELTA\",\"status\":\"WARNING\"")
                .contains("\"errorQueue\":1,");
        long sent = crmSql.withHandle(handle -> handle.createQuery("SELECT COALESCE(SUM(quantity), 0) FROM run_count"
                + " WHERE run_id IN (2, 3) AND direction = N'CRM_TO_ERP' AND outcome NOT IN (N'skipped', N'unchanged')"
                + " AND entity <> N'BATCH'").mapTo(Long.class).one());
        assertThat(sent).isPositive();
        assertThat(watchMetrics)
                .containsEntry("passerelle_sync_runs_total{integration=\"main\",status=\"warning\"}", 2.0)
                .containsEntry("passerelle_sync_runs_total{integration=\"main\",status=\"success\"}", 0.0)
                .containsEntry("passerelle_sync_conflicts_total{integration=\"main\"}", 1.0)
                .containsEntry("passerelle_sync_rejected_total{integration=\"main\"}", 2.0)
                .containsEntry("passerelle_sync_error_queue{integration=\"main\"}", 1.0)
                .containsEntry("passerelle_sync_records_total{direction=\"crm-to-erp\",integration=\"main\"}", (double) sent)
                .containsEntry("passerelle_sync_run_duration_seconds_count{integration=\"main\",mode=\"delta\"}", 2.0);
        assertThat(erpMetrics.get("passerelle_erp_calls_seconds_count{operation=\"ApplyChanges\",outcome=\"success\"}")).isEqualTo(2.0);
        assertThat(erpMetrics.get("passerelle_erp_calls_seconds_count{operation=\"GetChanges\",outcome=\"success\"}"))
                .isGreaterThanOrEqualTo(2.0);
        assertThat(erpMetrics).containsEntry("hikaricp_connections_max{pool=\"erp\"}", 10.0);

        Journey.Result on = Journey.passerelle("erp-server", "maintenance", "on", "--db", erpDb, "--reason", "inventaire", "--by", "ops");
        assertThat(on.exit()).as(on.all()).isZero();
        HttpResponse<String> maintenance = await(erp, "/health", body -> body.contains("MAINTENANCE"));
        assertThat(maintenance.statusCode()).isEqualTo(503);
        assertThat(maintenance.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(maintenance.body()).contains("\"by\":\"ops\",\"reason\":\"inventaire\"");
        assertThat(Journey.passerelle("erp-server", "maintenance", "off", "--db", erpDb).exit()).isZero();
        assertThat(await(erp, "/health", body -> body.contains("\"UP\"")).statusCode()).isEqualTo(200);

        assertThat(erpServer.stop()).as(erpServer.output()).isZero();
        assertThatThrownBy(() -> get(erp, "/health")).isInstanceOf(ConnectException.class);
        assertThat(crmSync(config, "run", "--no-progress").exit()).isEqualTo(2);
        HttpResponse<String> failed = get(crm, "/health");

        assertThat(failed.statusCode()).isEqualTo(503);
        assertThat(failed.body()).startsWith("{\"status\":\"DOWN\"").contains("\"status\":\"FAILED\"")
                .contains("\"id\":4,\"mode\":\"DELTA\",\"status\":\"FAILURE\"");
        watch.stop();
        assertThatThrownBy(() -> get(crm, "/metrics")).isInstanceOf(ConnectException.class);
    }

    private static Journey.Result crmSync(Path config, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "crm-sync";
        System.arraycopy(args, 0, all, 1, args.length);
        all[all.length - 1] = "--config=" + config;
        return Journey.passerelle(all);
    }

    private static HttpResponse<String> get(URI base, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** GET until the body passes {@code until} (a minute at most), as a monitor polls. */
    private static HttpResponse<String> await(URI base, String path, Predicate<String> until) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        HttpResponse<String> answer = get(base, path);
        while (!until.test(answer.body()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            answer = get(base, path);
        }
        return answer;
    }

    /** Prometheus' text: "name{labels}" to value. */
    private static Map<String, Double> samples(String text) {
        Map<String, Double> samples = new LinkedHashMap<>();
        text.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
            int split = line.lastIndexOf(' ');
            samples.put(line.substring(0, split), Double.parseDouble(line.substring(split + 1)));
        });
        return samples;
    }
}
