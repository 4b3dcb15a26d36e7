package dev.passerelle.server.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.passerelle.common.config.ConfigSource;
import dev.passerelle.common.db.H2Urls;
import dev.passerelle.contract.v1.AuthenticationFault;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.GetChanges;
import dev.passerelle.contract.v1.GetServiceInfo;
import dev.passerelle.contract.v1.PasserellePortType;
import dev.passerelle.contract.v1.UnavailableFault;
import dev.passerelle.server.ErpServer;
import dev.passerelle.server.ServerSettings;
import dev.passerelle.server.TestServers;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;

/**
 * GET /health and GET /metrics on the endpoint's own port, over real HTTP on a real Jetty: healthy,
 * then in maintenance, then with its database gone; the meters of real SOAP calls, faults included,
 * and of the connection pool; both turned off by configuration.
 */
class ErpHealthAndMetricsTest {

    @Test
    void healthIsUpWithTheSchemaVersionThen503WithRetryAfterInMaintenance() throws Exception {
        try (ErpServer server = TestServers.start()) {
            HttpResponse<String> up = Scrape.get(server.baseUrl(), "/health");

            assertThat(up.statusCode()).isEqualTo(200);
            assertThat(up.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat(up.body()).startsWith("{\"status\":\"UP\",\"database\":{\"reachable\":true,\"schemaVersion\":\"102\"}")
                    .contains("\"maintenance\":{\"on\":false");

            server.setMaintenance(true);
            HttpResponse<String> maintenance = Scrape.get(server.baseUrl(), "/health");

            assertThat(maintenance.statusCode()).isEqualTo(503);
            assertThat(maintenance.headers().firstValue("Retry-After")).hasValue("60");
            assertThat(maintenance.body()).startsWith("{\"status\":\"MAINTENANCE\"").contains("\"reachable\":true")
                    .contains("\"on\":true").contains("\"by\":\"this endpoint\"").contains("\"retryAfterSeconds\":60");

            server.setMaintenance(false);
            assertThat(Scrape.get(server.baseUrl(), "/health").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void healthIs503WithinTheWaitWhenTheDatabaseIsGone() throws Exception {
        Server h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
        String url = H2Urls.normalise("jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + "/mem:health-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1");
        try (ErpServer server = ErpServer.start(TestServers.settings().jdbcUrl(url).build())) {
            assertThat(Scrape.get(server.baseUrl(), "/health").statusCode()).isEqualTo(200);

            h2.stop();
            long started = System.nanoTime();
            HttpResponse<String> down = Scrape.get(server.baseUrl(), "/health");
            long tookMillis = (System.nanoTime() - started) / 1_000_000;

            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).startsWith("{\"status\":\"DOWN\",\"database\":{\"reachable\":false,\"error\":")
                    .doesNotContain("127.0.0.1").doesNotContain("jdbc");
            assertThat(tookMillis).isLessThan(ErpHealth.WAIT.toMillis() + 2_000);
            assertThat(Scrape.get(server.baseUrl(), "/health").statusCode()).as("asked again").isEqualTo(503);
        } finally {
            h2.stop();
        }
    }

    @Test
    void metricsCountCallsPerOperationTheirLatencyFaultsByTypeAndThePool() throws Exception {
        try (ErpServer server = TestServers.start()) {
            PasserellePortType client = TestServers.syncClient(server);
            client.getServiceInfo(new GetServiceInfo());
            client.getServiceInfo(new GetServiceInfo());
            GetChanges changes = new GetChanges();
            changes.setEntity(EntityType.ACCOUNT);
            client.getChanges(changes);
            Throwable wrongPassword = catchThrowable(() -> TestServers.client(server, TestServers.SYNC_USER, "wrong")
                    .getServiceInfo(new GetServiceInfo()));
            server.setMaintenance(true);
            Throwable inMaintenance = catchThrowable(() -> client.getChanges(changes));
            server.setMaintenance(false);
            HttpResponse<String> notTheContract = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                    .newBuilder(server.endpointUrl()).header("Content-Type", "text/xml; charset=utf-8")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("<hello/>")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(notTheContract.statusCode()).isEqualTo(500);
            assertThat(wrongPassword).isInstanceOf(AuthenticationFault.class);
            assertThat(inMaintenance).isInstanceOf(UnavailableFault.class);

            HttpResponse<String> metrics = Scrape.get(server.baseUrl(), "/metrics");
            Map<String, Double> samples = Scrape.samples(metrics.body());

            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
            assertThat(metrics.body()).contains("# TYPE passerelle_erp_calls_seconds histogram");
            assertThat(samples).containsEntry("passerelle_erp_calls_seconds_count{operation=\"GetServiceInfo\",outcome=\"success\"}", 2.0)
                    .containsEntry("passerelle_erp_calls_seconds_count{operation=\"GetChanges\",outcome=\"success\"}", 1.0)
                    .containsEntry("passerelle_erp_calls_seconds_count{operation=\"GetChanges\",outcome=\"fault\"}", 1.0)
                    .containsEntry("passerelle_erp_calls_seconds_count{operation=\"GetServiceInfo\",outcome=\"fault\"}", 1.0)
                    .containsEntry("passerelle_erp_calls_seconds_bucket{operation=\"GetServiceInfo\",outcome=\"success\",le=\"+Inf\"}", 2.0)
                    .containsEntry("passerelle_erp_faults_total{fault=\"UnavailableFault\",operation=\"GetChanges\"}", 1.0)
                    .containsEntry("passerelle_erp_faults_total{fault=\"AuthenticationFault\",operation=\"GetServiceInfo\"}", 1.0)
                    .containsEntry("hikaricp_connections_max{pool=\"erp\"}", 10.0)
                    .containsKey("hikaricp_connections_active{pool=\"erp\"}");
            assertThat(samples.keySet()).anyMatch(series -> series.startsWith("jvm_memory_used_bytes{area=\"heap\""));
            assertThat(samples).containsEntry("passerelle_erp_faults_total{fault=\"InvalidRequestFault\",operation=\"unknown\"}", 1.0);
            assertThat(samples).doesNotContainKey("passerelle_erp_faults_total{fault=\"UnavailableFault\",operation=\"GetServiceInfo\"}");
            // The held-back refusal of the wrong password is in its latency: at least the first delay.
            assertThat(samples.get("passerelle_erp_calls_seconds_sum{operation=\"GetServiceInfo\",outcome=\"fault\"}"))
                    .isGreaterThanOrEqualTo(0.1);
            assertThat(samples.get("passerelle_erp_calls_seconds_bucket{operation=\"GetServiceInfo\",outcome=\"success\",le=\"60.0\"}"))
                    .isEqualTo(2.0);
        }
    }

    @Test
    void bothAreTurnedOffByConfigurationAndTheContractIsStillServed() throws Exception {
        ServerSettings settings = ServerSettings.fromConfig(ConfigSource.of(Map.of(
                ServerSettings.HEALTH_ENABLED, "false", ServerSettings.METRICS_ENABLED, "no")), TestServers.USERS);
        try (ErpServer server = ErpServer.start(settings.toBuilder().port(0)
                .jdbcUrl(H2Urls.memory("erp-" + UUID.randomUUID())).build())) {
            assertThat(Scrape.get(server.baseUrl(), "/health").statusCode()).isEqualTo(404);
            assertThat(Scrape.get(server.baseUrl(), "/metrics").statusCode()).isEqualTo(404);
            assertThat(server.metrics()).isEmpty();
            assertThat(Scrape.get(server.baseUrl(), "/passerelle/v1?wsdl").statusCode()).isEqualTo(200);
            assertThat(TestServers.syncClient(server).getServiceInfo(new GetServiceInfo()).getContractVersion()).isEqualTo("1.0");
        }
    }

    @Test
    void otherMethodsThanGetAreRefused() throws Exception {
        try (ErpServer server = TestServers.start()) {
            HttpResponse<String> post = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                            .newBuilder(server.baseUrl().resolve("/health")).POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(post.statusCode()).isEqualTo(405);
            assertThat(post.headers().firstValue("Allow")).hasValue("GET");
        }
    }
}
