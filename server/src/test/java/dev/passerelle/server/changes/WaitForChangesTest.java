package dev.passerelle.server.changes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.contract.v1.GetServiceInfo;
import dev.passerelle.contract.v1.PasserellePortType;
import dev.passerelle.contract.v1.WaitForChanges;
import ch.qos.logback.classic.Level;
import dev.passerelle.server.CapturedLog;
import dev.passerelle.server.ErpServer;
import dev.passerelle.server.Eventually;
import dev.passerelle.server.TestServers;
import dev.passerelle.server.demo.DemoErp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** WaitForChanges over real HTTP: woken by the ERP's own SQL and by maintenance, bounded by the request time-out. */
class WaitForChangesTest {

    private ErpServer server;
    private PasserellePortType client;

    @BeforeEach
    void start() {
        server = TestServers.start();
        DemoErp.generate(server.database(), 20, 5, LocalDate.now());
        client = TestServers.syncClient(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private long horizon() throws Exception {
        return client.getServiceInfo(new GetServiceInfo()).getChangeHorizon();
    }

    /** A wait on a client of its own, made ready first (a cold client takes a while to send its first call). */
    private CompletableFuture<Long> waitFor(long known, int seconds) throws Exception {
        WaitForChanges request = new WaitForChanges();
        request.setKnownHorizon(known);
        request.setWaitSeconds(seconds);
        PasserellePortType own = TestServers.syncClient(server);
        own.getServiceInfo(new GetServiceInfo());
        // a thread of its own: the common pool has a single thread on two cores, which another test may hold
        CompletableFuture<Long> answer = new CompletableFuture<>();
        Thread waiting = new Thread(() -> {
            try {
                answer.complete(own.waitForChanges(request).getChangeHorizon());
            } catch (Exception failure) {
                answer.completeExceptionally(failure);
            }
        }, "wait-for-changes");
        waiting.setDaemon(true);
        waiting.start();
        return answer;
    }

    @Test
    void anAccountChangedByTheErpsOwnSqlAnswersTheWaitWithinAFewPollPeriods() throws Exception {
        long known = horizon();
        CompletableFuture<Long> waiting = waitFor(known, 20);
        // a call made from a new thread may take a while to arrive
        Eventually.until(() -> server.heldWaits() == 1, "the wait held by the endpoint");
        assertThat(waiting).as("held while nothing changes").isNotDone();

        server.database().jdbi().useHandle(handle -> handle.execute(
                "UPDATE account SET website = 'https://changed.example' WHERE code = 'C0000003'"));
        long committed = System.nanoTime();
        long answered = waiting.get(20, TimeUnit.SECONDS);

        assertThat(answered).isGreaterThan(known);
        assertThat(Duration.ofNanos(System.nanoTime() - committed)).isLessThan(Duration.ofSeconds(2));
        assertThat(client.getServiceInfo(new GetServiceInfo()).getChangeHorizon()).isEqualTo(answered);
    }

    @Test
    void maintenanceSwitchedOnAnswersAWaitingCallEarlyWithTheHorizonUnchanged() throws Exception {
        long known = horizon();
        CompletableFuture<Long> waiting = waitFor(known, 20);
        Eventually.until(() -> server.heldWaits() == 1, "the wait held by the endpoint");

        server.setMaintenance(true);
        try {
            long switched = System.nanoTime();
            assertThat(waiting.get(20, TimeUnit.SECONDS)).isEqualTo(known);
            assertThat(Duration.ofNanos(System.nanoTime() - switched)).isLessThan(Duration.ofSeconds(5));
        } finally {
            server.setMaintenance(false);
        }
    }

    @Test
    void stoppingTheServerAnswersAHeldWaitBeforeItsConnectionsClose() throws Exception {
        long known = horizon();
        CompletableFuture<Long> waiting = waitFor(known, 20);
        Eventually.until(() -> server.heldWaits() == 1, "the wait held by the endpoint");

        try (CapturedLog log = CapturedLog.start()) {
            long stopping = System.nanoTime();
            server.close();

            assertThat(waiting.get(20, TimeUnit.SECONDS)).isEqualTo(known);
            assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isLessThan(Duration.ofSeconds(5));
            assertThat(log.events()).noneMatch(event -> event.getLevel() == Level.ERROR);
        }
        server = TestServers.start();
    }

    @Test
    void theLongestWaitIsHalfTheRequestTimeOutAtMostTwentySeconds() throws Exception {
        assertThat(client.getServiceInfo(new GetServiceInfo()).getMaxWaitSeconds()).as("request time-out 60 s").isEqualTo(20);
        assertThat(ChangeWaits.maxWaitSeconds(Duration.ofSeconds(9))).isEqualTo(4);
        assertThat(ChangeWaits.maxWaitSeconds(Duration.ofSeconds(1))).as("no wait offered").isZero();
    }
}
