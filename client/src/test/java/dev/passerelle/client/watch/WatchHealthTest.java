package dev.passerelle.client.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.client.ErpFixture;
import dev.passerelle.client.run.RunMode;
import dev.passerelle.client.run.RunStatus;
import dev.passerelle.common.ops.Health;
import dev.passerelle.common.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The watch's health against a real ERP endpoint and a real store: up after a successful run, 503 when
 * the last run failed, when the last success (or the last turn that found nothing to exchange) is older
 * than the allowed intervals, or when the store is gone; a disconnected integration is shown but is no fault.
 */
class WatchHealthTest {

    @Test
    void upAfterASuccessfulRunThen503WhenTheLastRunFailed() {
        try (ErpFixture fixture = ErpFixture.start(3);
             WatchHealth health = new WatchHealth(fixture.engine, List.of("main"), java.time.Clock.systemUTC(), 3)) {
            Health before = health.check();
            assertThat(before.httpStatus()).as("nothing ran yet, and the lag is counted from the start").isEqualTo(200);
            assertThat(before.json()).contains("\"lastRun\":null").contains("\"lastSuccessAt\":null");

            assertThat(fixture.sync().status()).isEqualTo(RunStatus.SUCCESS);
            Health up = health.check();

            assertThat(up.httpStatus()).isEqualTo(200);
            assertThat(up.json()).startsWith("{\"status\":\"UP\",\"store\":{\"reachable\":true},\"integrations\":[{\"name\":\"main\","
                    + "\"status\":\"UP\",\"lastRun\":{\"id\":1,\"mode\":\"DELTA\",\"status\":\"SUCCESS\"")
                    .contains("\"maxLagSeconds\":10800").contains("\"errorQueue\":0").contains("\"erpLink\":\"connected\"");

            fixture.erp.close();
            assertThat(fixture.sync().status()).isEqualTo(RunStatus.FAILURE);
            Health failed = health.check();

            assertThat(failed.httpStatus()).isEqualTo(503);
            assertThat(failed.json()).startsWith("{\"status\":\"DOWN\"").contains("\"status\":\"FAILED\"")
                    .contains("\"id\":2,\"mode\":\"DELTA\",\"status\":\"FAILURE\"")
                    .as("the last success is still run 1").containsPattern("\"lastSuccessAt\":\"[0-9T:.\\-]+Z\"");
        }
    }

    @Test
    void lagging503OnceTheLastSuccessIsOlderThanTheAllowedIntervals() {
        try (ErpFixture fixture = ErpFixture.start(3)) {
            fixture.sync();
            MutableClock clock = MutableClock.systemNow();
            WatchHealth health = new WatchHealth(fixture.engine, List.of("main"), clock, 2);
            clock.advance(Duration.ofMinutes(119));
            assertThat(health.check().httpStatus()).isEqualTo(200);

            clock.advance(Duration.ofMinutes(2));
            Health late = health.check();

            assertThat(late.httpStatus()).isEqualTo(503);
            assertThat(late.json()).contains("\"status\":\"LAGGING\"").contains("\"maxLagSeconds\":7200")
                    .containsPattern("\"lagSeconds\":72[6-9][0-9]");
            health.close();
        }
    }

    @Test
    void aTurnThatFoundNothingToExchangeMakesTheIntegrationUpToDateAgain() {
        try (ErpFixture fixture = ErpFixture.start(3);
             WatchHealth health = new WatchHealth(fixture.engine, List.of("main"), java.time.Clock.systemUTC(), 2)) {
            fixture.sync();
            fixture.crmSql().useHandle(handle -> handle.execute("UPDATE sync_run SET started_at = DATEADD(HOUR, -3, started_at),"
                    + " ended_at = DATEADD(HOUR, -3, ended_at)"));
            assertThat(health.check().json()).contains("\"status\":\"LAGGING\"").contains("\"lastCheckedAt\":null");

            assertThat(fixture.engine.turn(null, "main", RunMode.DELTA)).as("nothing changed since the run").isEmpty();
            Health up = health.check();

            assertThat(up.httpStatus()).isEqualTo(200);
            assertThat(up.json()).contains("\"status\":\"UP\"").containsPattern("\"lastCheckedAt\":\"[0-9T:.\\-]+Z\"")
                    .containsPattern("\"lagSeconds\":[0-9],");
        }
    }

    @Test
    void theStoreRecordsTheTurnsWithNothingToExchangeOnceAMinuteAndTheHealthSeesEachOne() {
        MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        try (ErpFixture fixture = ErpFixture.start(3, options -> options, clock);
             WatchHealth health = new WatchHealth(fixture.engine, List.of("main"), clock, 3)) {
            fixture.sync();
            assertThat(fixture.engine.turn(null, "main", RunMode.DELTA)).as("nothing changed since the run").isEmpty();
            LocalDateTime first = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
            assertThat(storedCheck(fixture)).isEqualTo(first);

            clock.advance(Duration.ofSeconds(59));
            assertThat(fixture.engine.turn(null, "main", RunMode.DELTA)).isEmpty();

            assertThat(storedCheck(fixture)).as("written once a minute").isEqualTo(first);
            assertThat(fixture.engine.lastCheckedHere("main")).contains(first.plusSeconds(59));
            clock.advance(Duration.ofSeconds(10));
            assertThat(health.check().json()).as("the watcher's own health, three 1-hour intervals allowed")
                    .contains("\"lastCheckedAt\":\"" + first.plusSeconds(59).toInstant(ZoneOffset.UTC) + "\"")
                    .contains("\"lagSeconds\":10,");

            clock.advance(Duration.ofSeconds(1));
            assertThat(fixture.engine.turn(null, "main", RunMode.DELTA)).isEmpty();

            assertThat(storedCheck(fixture)).as("a minute after the last written").isEqualTo(first.plusSeconds(70));
        }
    }

    private static LocalDateTime storedCheck(ErpFixture fixture) {
        return fixture.crmSql().withHandle(handle -> handle.createQuery("SELECT checked_at FROM idle_check WHERE integration = N'main'")
                .mapTo(LocalDateTime.class).one());
    }

    @Test
    void aDisconnectedIntegrationIsShownButIsNoFault() {
        MutableClock clock = MutableClock.systemNow();
        try (ErpFixture fixture = ErpFixture.start(3);
             WatchHealth health = new WatchHealth(fixture.engine, List.of("main"), clock, 3)) {
            fixture.sync();
            fixture.engine.erpLinks().disconnect(null, "main", "stock count");
            clock.advance(Duration.ofDays(1));

            Health answer = health.check();

            assertThat(answer.httpStatus()).isEqualTo(200);
            assertThat(answer.json()).contains("\"status\":\"DISCONNECTED\"").contains("(stock count)");
        }
    }

    @Test
    void down503WhenTheStoreIsGone() {
        try (ErpFixture fixture = ErpFixture.start(3)) {
            WatchHealth health = new WatchHealth(fixture.engine, List.of("main"), java.time.Clock.systemUTC(), 3);
            fixture.engine.store().close();

            Health answer = health.check();
            health.close();

            assertThat(answer.httpStatus()).isEqualTo(503);
            assertThat(answer.json()).isEqualTo("{\"status\":\"DOWN\",\"store\":{\"reachable\":false,\"error\":\"unreachable\"}}");
        }
    }
}
