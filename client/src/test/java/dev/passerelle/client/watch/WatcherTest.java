package dev.passerelle.client.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.client.CountingTransports;
import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.config.EngineSettings;
import dev.passerelle.client.connection.TransportFactory;
import dev.passerelle.client.run.Direction;
import dev.passerelle.client.run.RunMode;
import dev.passerelle.client.run.RunStatus;
import dev.passerelle.common.config.ConfigSource;
import dev.passerelle.common.db.H2Urls;
import dev.passerelle.common.testing.MutableClock;
import dev.passerelle.server.ErpServer;
import dev.passerelle.server.ServerSettings;
import dev.passerelle.server.security.Role;
import dev.passerelle.server.security.Users;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The watch scheduler serving several integrations in one process, on a clock the test moves: the
 * sleeper jumps the clock to the instant asked for instead of waiting.
 */
class WatcherTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
    private final Watcher.Sleeper sleeper = (at, doorbell) -> {
        synchronized (clock) {
            Duration wait = Duration.between(clock.instant(), at);
            if (!wait.isNegative()) {
                clock.advance(wait);
            }
        }
        return false;
    };
    private final Map<String, List<Watcher.Turn>> turns = new ConcurrentHashMap<>();
    private final List<ErpServer> erps = new ArrayList<>();
    private CrmEngine engine;

    @AfterEach
    void stop() {
        if (engine != null) {
            engine.close();
        }
        erps.forEach(ErpServer::close);
    }

    private String erp(long seed) {
        ErpServer erp = ErpServer.start(ServerSettings.builder().port(0).jdbcUrl(H2Urls.memory("erp-" + UUID.randomUUID()))
                .users(Users.builder().add("sync", "sync-secret", Role.SYNC).build()).demoAccounts(4).demoSeed(seed)
                .clock(Clock.systemUTC()).build());
        erps.add(erp);
        return erp.endpointUrl().toString();
    }

    /** Integrations as a configuration file names them: name, ERP URL, then more keys of that integration. */
    private CrmEngine open(TransportFactory transports, Map<String, Map<String, String>> integrations) {
        Map<String, String> config = new HashMap<>();
        config.put("crm.db.url", H2Urls.memory("crm-" + UUID.randomUUID()));
        config.put("integrations", String.join(",", integrations.keySet()));
        integrations.forEach((name, keys) -> {
            config.put("integration." + name + ".erp.user", "sync");
            config.put("integration." + name + ".erp.password", "sync-secret");
            keys.forEach((key, value) -> config.put("integration." + name + "." + key, value));
        });
        engine = CrmEngine.open(EngineSettings.from(ConfigSource.of(config)), Clock.systemUTC(), transports);
        return engine;
    }

    private void record(Watcher.Turn turn) {
        turns.computeIfAbsent(turn.integration(), name -> Collections.synchronizedList(new ArrayList<>())).add(turn);
    }

    @Test
    void servesEveryIntegrationOnItsOwnScheduleAndOneFailingNeverStopsTheOthers() throws InterruptedException {
        Map<String, Map<String, String>> integrations = new java.util.LinkedHashMap<>();
        integrations.put("north", Map.of("erp.url", erp(1), "interval", "1m"));
        integrations.put("south", Map.of("erp.url", erp(2), "interval", "7m"));
        integrations.put("broken", Map.of("erp.url", "http://localhost:1/erp", "interval", "2m"));
        TransportFactory soap = TransportFactory.soap();
        open(options -> {
            if (options.name().equals("broken")) {
                throw new IllegalStateException("this ERP is broken");
            }
            return soap.open(options);
        }, integrations);

        new Watcher(engine, clock, ZoneOffset.UTC, sleeper).serve(List.of("north", "south", "broken"), null, 3, this::record);

        // the first turn of each syncs; the ERP does not change after it, so the next two find nothing to exchange
        for (String integration : List.of("north", "south")) {
            List<Watcher.Turn> served = turns.get(integration);
            assertThat(served).hasSize(3).allMatch(turn -> turn.mode() == RunMode.DELTA);
            assertThat(served.get(0).outcome()).isEqualTo(Watcher.Outcome.RAN);
            assertThat(served.get(0).report().status()).isEqualTo(RunStatus.SUCCESS);
            assertThat(served.subList(1, 3)).extracting(Watcher.Turn::outcome)
                    .containsOnly(Watcher.Outcome.UP_TO_DATE);
        }
        assertThat(turns.get("broken")).hasSize(3).allMatch(turn -> turn.outcome() == Watcher.Outcome.FAILED
                && turn.message().contains("broken"));
        assertSpacedBy(turns.get("north"), Duration.ofMinutes(1));
        assertSpacedBy(turns.get("south"), Duration.ofMinutes(7));
        assertSpacedBy(turns.get("broken"), Duration.ofMinutes(2));
        assertThat(engine.history().runs("north", 10)).hasSize(1);
        assertThat(engine.history().runs("south", 10)).hasSize(1);
        int southAccounts = engine.store().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT COUNT(*) FROM account WHERE integration = N'south'").mapTo(Integer.class).one());
        assertThat(southAccounts).isEqualTo(4);
    }

    private static void assertSpacedBy(List<Watcher.Turn> served, Duration interval) {
        for (int turn = 1; turn < served.size(); turn++) {
            assertThat(Duration.between(served.get(turn - 1).at(), served.get(turn).at())).isGreaterThanOrEqualTo(interval);
        }
    }

    @Test
    void disconnectedIntegrationSkipsItsTurnsWithoutCallingTheErpAndResumesAfterReconnect() throws InterruptedException {
        String url = erp(3);
        CountingTransports transports = new CountingTransports();
        open(transports, Map.of("main", Map.of("erp.url", url, "interval", "1m", "full-resync-at", "08:01")));
        assertThat(engine.run("main", RunMode.DELTA).status()).isEqualTo(RunStatus.SUCCESS);
        long company = engine.store().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT MIN(company_id) FROM account").mapTo(Long.class).one());
        engine.erpLinks().disconnect(null, "main", "maintenance");
        engine.edits().renameCompany(company, "Renamed During Maintenance");
        int callsAtDisconnect = transports.calls();
        List<Integer> callsAtTurn = Collections.synchronizedList(new ArrayList<>());

        new Watcher(engine, clock, ZoneOffset.UTC, sleeper).serve(List.of("main"), null, 4, turn -> {
            record(turn);
            callsAtTurn.add(transports.calls());
            if (turns.get("main").size() == 2) {
                engine.erpLinks().reconnect(null, "main");
            }
        });

        List<Watcher.Turn> served = turns.get("main");
        assertThat(served).extracting(Watcher.Turn::outcome).containsExactly(Watcher.Outcome.DISCONNECTED,
                Watcher.Outcome.DISCONNECTED, Watcher.Outcome.RAN, Watcher.Outcome.RAN);
        // the 08:01 full re-sync fell while disconnected: it comes at the first turn after reconnecting
        assertThat(served).extracting(Watcher.Turn::mode).containsExactly(RunMode.DELTA, RunMode.RESYNC_ALL,
                RunMode.RESYNC_ALL, RunMode.DELTA);
        assertSpacedBy(served, Duration.ofMinutes(1));
        assertThat(served.get(0).message()).contains("maintenance");
        assertThat(callsAtTurn.subList(0, 2)).containsOnly(callsAtDisconnect);
        assertThat(served.get(2).report().count("ACCOUNT", Direction.CRM_TO_ERP, "updated")).isEqualTo(1);
        assertThat(engine.status("main").pendingOut()).isZero();
    }

    @Test
    void anErpChangeWakesTheWatcherLongBeforeItsInterval() throws Exception {
        open(TransportFactory.soap(), Map.of("main", Map.of("erp.url", erp(4), "interval", "10m")));
        Clock real = Clock.systemUTC();
        Thread watching = watchInBackground(real);
        try {
            awaitTurns("main", 1);
            Thread.sleep(2_000);
            erps.get(0).database().jdbi().useHandle(handle -> handle.execute(
                    "UPDATE account SET website = 'https://woken.example' WHERE code = 'C0000002'"));
            Instant changed = real.instant();

            Watcher.Turn woken = awaitRanAfter(changed, Direction.ERP_TO_CRM);
            assertThat(Duration.between(changed, woken.at())).as("from the ERP's commit to the turn, interval 10 min")
                    .isLessThan(Duration.ofSeconds(5));
            int seen = engine.store().jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT COUNT(*) FROM account WHERE website = N'https://woken.example'").mapTo(Integer.class).one());
            assertThat(seen).isEqualTo(1);
        } finally {
            watching.interrupt();
            watching.join(30_000);
        }
    }

    /** Serves "main" on real time on a thread of its own, until interrupted. */
    private Thread watchInBackground(Clock real) {
        Thread watching = new Thread(() -> {
            try {
                new Watcher(engine, real, ZoneOffset.UTC, Watcher.realTime(real)).serve(List.of("main"), null, null, this::record);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        });
        watching.start();
        return watching;
    }

    /** The turn begun after {@code instant} that moved one account update {@code direction}; fails after 30 s. */
    private Watcher.Turn awaitRanAfter(Instant instant, Direction direction) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            List<Watcher.Turn> served = turns.getOrDefault("main", List.of());
            synchronized (served) {
                java.util.Optional<Watcher.Turn> ran = served.stream().filter(turn -> turn.at().isAfter(instant)
                        && turn.outcome() == Watcher.Outcome.RAN && turn.report().count("ACCOUNT", direction, "updated") == 1)
                        .findFirst();
                if (ran.isPresent()) {
                    return ran.get();
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no turn moved the account " + direction + " within 30 s: " + turns);
    }

    @Test
    void aCrmEditWakesTheWatcherLongBeforeItsIntervalAndEditsWaitingWakeItNoMore() throws Exception {
        open(TransportFactory.soap(), Map.of("main", Map.of("erp.url", erp(6), "interval", "1h")));
        Clock real = Clock.systemUTC();
        Thread watching = watchInBackground(real);
        try {
            awaitTurns("main", 1);
            Thread.sleep(2_000); // the turn the ERP's waiter asks for once it holds its first wait is over
            long company = engine.store().jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT MIN(company_id) FROM account").mapTo(Long.class).one());
            Instant edited = real.instant();
            engine.edits().editCompany(company, "website", "https://edited.example");

            Watcher.Turn woken = awaitRanAfter(edited, Direction.CRM_TO_ERP);
            assertThat(Duration.between(edited, woken.at())).as("from the CRM's commit to the turn, interval 1 h")
                    .isLessThan(Duration.ofSeconds(5));
            int sent = erps.get(0).database().jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT COUNT(*) FROM account WHERE website = N'https://edited.example'").mapTo(Integer.class).one());
            assertThat(sent).isEqualTo(1);

            // an edit the ERP cannot take now waits in the outbox; it wakes the watcher once, not at every look
            Thread.sleep(2_000); // the turn woken by the ERP's own change (the edit applied) is over
            int beforeTheEdit = turns.get("main").size();
            engine.erpLinks().disconnect(null, "main", "maintenance");
            engine.edits().editCompany(company, "website", "https://waiting.example");
            awaitTurns("main", beforeTheEdit + 1);
            Thread.sleep(3_000);
            int afterTheEdit = beforeTheEdit + 1;
            assertThat(turns.get("main")).as("turns in the 3 s after the one woken by the waiting edit").hasSize(afterTheEdit);
            assertThat(turns.get("main").get(afterTheEdit - 1).outcome()).isEqualTo(Watcher.Outcome.DISCONNECTED);
            assertThat(engine.status("main").pendingOut()).isEqualTo(1);
        } finally {
            watching.interrupt();
            watching.join(30_000);
        }
    }

    @Test
    void turnsFindingNothingToExchangeAskTheErpNothingWhileAWaitIsOpen() throws Exception {
        CountingTransports transports = new CountingTransports();
        open(transports, Map.of("main", Map.of("erp.url", erp(5), "interval", "1s")));
        Clock real = Clock.systemUTC();
        List<Integer> callsAtTurn = Collections.synchronizedList(new ArrayList<>());

        new Watcher(engine, real, ZoneOffset.UTC, Watcher.realTime(real)).serve(List.of("main"), null, 4, turn -> {
            record(turn);
            callsAtTurn.add(transports.calls());
        });

        assertThat(turns.get("main")).extracting(Watcher.Turn::outcome).containsExactly(Watcher.Outcome.RAN,
                Watcher.Outcome.UP_TO_DATE, Watcher.Outcome.UP_TO_DATE, Watcher.Outcome.UP_TO_DATE);
        assertThat(callsAtTurn.get(3)).as("GetServiceInfo, GetChanges and ApplyChanges calls by the 3rd and the 4th turn")
                .isEqualTo(callsAtTurn.get(2));
    }

    private void awaitTurns(String integration, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (turns.getOrDefault(integration, List.of()).size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(turns.get(integration)).as("turns of %s", integration).hasSizeGreaterThanOrEqualTo(count);
    }
}
