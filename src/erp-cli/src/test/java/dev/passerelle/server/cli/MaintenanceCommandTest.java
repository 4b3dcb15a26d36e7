package dev.passerelle.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passerelle.common.db.H2Urls;
import dev.passerelle.common.testing.MutableClock;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.GetChanges;
import dev.passerelle.contract.v1.GetServiceInfo;
import dev.passerelle.contract.v1.PasserellePortType;
import dev.passerelle.contract.v1.UnavailableFault;
import dev.passerelle.server.ErpServer;
import dev.passerelle.server.TestServers;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Two endpoint instances on one ERP database, as behind a load balancer: an operator's
 * {@code erp-server maintenance on} puts both in maintenance within a second, {@code off} ends it for
 * both, and {@code status} says who switched it, when and why.
 */
class MaintenanceCommandTest {

    private final StringWriter out = new StringWriter();

    private int maintenance(String... args) {
        CommandLine line = new CommandLine(new ErpServerCommand());
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(out, true));
        List<String> all = new java.util.ArrayList<>(List.of("maintenance"));
        all.addAll(List.of(args));
        return line.execute(all.toArray(String[]::new));
    }

    @Test
    void theSwitchHoldsForEveryInstanceSharingTheDatabase() throws Exception {
        String url = H2Urls.memory("erp-" + UUID.randomUUID());
        MutableClock firstClock = MutableClock.systemNow();
        MutableClock secondClock = MutableClock.systemNow();
        try (ErpServer first = ErpServer.start(TestServers.settings().jdbcUrl(url).clock(firstClock).build());
             ErpServer second = ErpServer.start(TestServers.settings().jdbcUrl(url).clock(secondClock).build())) {
            List<PasserellePortType> instances = List.of(TestServers.syncClient(first), TestServers.syncClient(second));
            instances.forEach(MaintenanceCommandTest::changesAnswer);

            assertThat(maintenance("on", "--db", url, "--reason", "inventory", "--by", "ops")).isZero();
            firstClock.advance(Duration.ofSeconds(2));
            secondClock.advance(Duration.ofSeconds(2));

            for (PasserellePortType instance : instances) {
                assertThatThrownBy(() -> changes(instance)).isInstanceOf(UnavailableFault.class);
                assertThat(instance.getServiceInfo(new GetServiceInfo()).isMaintenance()).isTrue();
            }
            assertThat(maintenance("status", "--db", url)).isZero();
            assertThat(out.toString()).contains("maintenance on since").contains("by ops: inventory");

            assertThat(maintenance("off", "--db", url)).isZero();
            firstClock.advance(Duration.ofSeconds(2));
            secondClock.advance(Duration.ofSeconds(2));
            instances.forEach(MaintenanceCommandTest::changesAnswer);
        }
    }

    @Test
    void aReasonLongerThanTheDatabaseKeepsIsBadUsage() {
        assertThat(maintenance("on", "--db", H2Urls.memory("unused"), "--reason", "x".repeat(401))).isEqualTo(2);
        assertThat(out.toString()).contains("at most 400");
    }

    private static void changesAnswer(PasserellePortType instance) {
        try {
            changes(instance);
        } catch (Exception failure) {
            throw new AssertionError("the instance did not answer GetChanges", failure);
        }
    }

    private static void changes(PasserellePortType instance) throws Exception {
        GetChanges request = new GetChanges();
        request.setEntity(EntityType.REPRESENTATIVE);
        instance.getChanges(request);
    }
}
