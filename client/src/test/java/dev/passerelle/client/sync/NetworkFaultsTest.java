package dev.passerelle.client.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.ErpFixture;
import dev.passerelle.client.TestEngines;
import dev.passerelle.client.config.EngineSettings;
import dev.passerelle.client.config.IntegrationSettings;
import dev.passerelle.client.run.RunMode;
import dev.passerelle.client.run.RunReport;
import dev.passerelle.client.run.RunStatus;
import dev.passerelle.client.transport.Backoff;
import dev.passerelle.client.transport.SoapErpTransport;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Runs through a proxy that breaks one answer in three (after the ERP handled the request, so some
 * batches are applied and their answers lost): connection resets, empty answers, malformed chunks,
 * random bytes, HTTP 500 and 503 pages, truncated bodies, answers slower than the time-out. Each run
 * ends SUCCESS, WARNING or FAILURE with a message; once the network is clean, one run converges: both
 * sides equal, nothing lost, nothing applied twice. The seed is in every assertion's message
 * ({@code -Dpasserelle.faults.seed=N} replays it).
 */
class NetworkFaultsTest {

    private static final String MARKER = "Réseau";

    /** Breaks a share of the proxied answers, the kind of break drawn from a seeded random. */
    private static final class BreakingAnswers implements ResponseTransformerV2 {
        private final Random random;
        private volatile double share;
        private final List<String> broken = new ArrayList<>();

        BreakingAnswers(long seed) {
            this.random = new Random(seed);
        }

        @Override
        public synchronized Response transform(Response response, ServeEvent event) {
            if (random.nextDouble() >= share) {
                return response;
            }
            int kind = random.nextInt(8);
            broken.add(Integer.toString(kind));
            Response.Builder broke = Response.Builder.like(response).but();
            return switch (kind) {
                case 0 -> broke.fault(Fault.CONNECTION_RESET_BY_PEER).build();
                case 1 -> broke.fault(Fault.EMPTY_RESPONSE).build();
                case 2 -> broke.fault(Fault.MALFORMED_RESPONSE_CHUNK).build();
                case 3 -> broke.fault(Fault.RANDOM_DATA_THEN_CLOSE).build();
                case 4 -> broke.status(500).headers(new HttpHeaders(new HttpHeader("Content-Type", "text/html")))
                        .body("<html><body>Internal Server Error</body></html>").build();
                case 5 -> broke.status(503).headers(new HttpHeaders(new HttpHeader("Content-Type", "text/html"),
                        new HttpHeader("Retry-After", "0"))).body("<html><body>Service Unavailable</body></html>").build();
                case 6 -> broke.body(response.getBodyAsString().substring(0, response.getBodyAsString().length() / 2)).build();
                default -> broke.incrementInitialDelay(1_500).build();
            };
        }

        @Override
        public String getName() {
            return "breaking-answers";
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }
    }

    @Test
    void runsThroughABrokenNetworkEndCleanlyAndTheNextCleanRunConverges() {
        long seed = Long.getLong("passerelle.faults.seed", System.nanoTime());
        BreakingAnswers faults = new BreakingAnswers(seed);
        WireMockServer proxy = new WireMockServer(options().dynamicPort().extensions(faults));
        try (ErpFixture fixture = ErpFixture.start(40)) {
            proxy.start();
            URI erp = fixture.erp.endpointUrl();
            proxy.stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom(erp.getScheme() + "://" + erp.getAuthority())
                    .withTransformers(faults.getName())));
            IntegrationSettings integration = fixture.engine.settings().integration("main");
            String viaProxy = "http://localhost:" + proxy.port() + erp.getPath();
            try (CrmEngine engine = CrmEngine.open(EngineSettings.of(TestEngines.freshStore(), integration), Clock.systemUTC(),
                    options -> SoapErpTransport.connect(viaProxy, options.erpUser(), options.erpPassword(),
                            Duration.ofSeconds(1), new Backoff(4, Duration.ofMillis(20), Duration.ofMillis(100),
                                    wait -> Thread.sleep(wait.toMillis()))))) {
                String replay = "seed " + seed + " (-Dpasserelle.faults.seed=" + seed + ")";
                faults.share = 1.0 / 3;
                List<RunReport> broken = new ArrayList<>();
                broken.addAll(runs(engine, 4));
                long company = engine.store().jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT MIN(company_id) FROM account").mapTo(Long.class).one());
                for (int i = 0; i < 30; i++) {
                    engine.edits().addContact(company, Map.of("lastName", MARKER + " " + i));
                }
                fixture.erpSql().useHandle(handle -> handle.execute(
                        "UPDATE account SET name = CONCAT(N'Renommé ', code) WHERE id IN (SELECT TOP 10 id FROM account ORDER BY id)"));
                broken.addAll(runs(engine, 4));

                faults.share = 0;
                RunReport clean = engine.run("main", RunMode.DELTA);

                assertThat(faults.broken).as(replay).isNotEmpty();
                assertThat(broken).as(replay).allSatisfy(report -> {
                    if (report.status() == RunStatus.FAILURE) {
                        assertThat(report.errors()).isNotEmpty().allSatisfy(error -> assertThat(error).contains("ERP"));
                    }
                });
                assertThat(broken).as(replay + ": retries carry some runs through").anyMatch(report -> report.status() != RunStatus.FAILURE);
                assertThat(clean.status()).as(replay + " " + clean.errors()).isIn(RunStatus.SUCCESS, RunStatus.WARNING);
                assertConverged(fixture, engine, replay);
            }
        } finally {
            proxy.stop();
        }
    }

    private static List<RunReport> runs(CrmEngine engine, int count) {
        List<RunReport> reports = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            reports.add(engine.run("main", RunMode.DELTA));
        }
        return reports;
    }

    private static void assertConverged(ErpFixture fixture, CrmEngine engine, String replay) {
        for (int i = 0; i < 30; i++) {
            String name = MARKER + " " + i;
            assertThat(fixture.erpCount("SELECT COUNT(*) FROM contact WHERE last_name = N'" + name + "'"))
                    .as(replay + ": " + name + " in the ERP").isOne();
            assertThat(count(engine, "SELECT COUNT(*) FROM contact WHERE last_name = N'" + name + "'"))
                    .as(replay + ": " + name + " in the CRM").isOne();
        }
        assertThat(count(engine, "SELECT COUNT(*) FROM contact WHERE account_id IS NOT NULL"))
                .as(replay + ": contacts").isEqualTo(fixture.erpCount("SELECT COUNT(*) FROM contact"));
        assertThat(count(engine, "SELECT COUNT(*) FROM identity_map WHERE entity = N'CONTACT'"))
                .as(replay + ": contact identities").isEqualTo(fixture.erpCount("SELECT COUNT(*) FROM contact"));
        assertThat(count(engine, "SELECT COUNT(*) FROM account WHERE name LIKE N'Renommé %'")).as(replay).isEqualTo(10);
        assertThat(count(engine, "SELECT COUNT(*) FROM outbox")).as(replay + ": outbox").isZero();
        assertThat(count(engine, "SELECT COUNT(*) FROM error_queue")).as(replay + ": error queue").isZero();
    }

    private static long count(CrmEngine engine, String sql) {
        return engine.store().jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }
}
