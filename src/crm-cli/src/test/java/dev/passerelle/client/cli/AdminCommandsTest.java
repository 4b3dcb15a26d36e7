package dev.passerelle.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.common.db.H2Urls;
import dev.passerelle.server.ErpServer;
import dev.passerelle.server.ServerSettings;
import dev.passerelle.server.security.Role;
import dev.passerelle.server.security.Users;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** users, disconnect / reconnect and multi-integration watch, as a script runs them against real ERP endpoints. */
class AdminCommandsTest {

    @TempDir
    Path dir;

    private final List<ErpServer> erps = new ArrayList<>();
    private StringWriter out;
    private String cfg;

    @AfterEach
    void stop() {
        erps.forEach(ErpServer::close);
    }

    private int run(String... args) {
        out = new StringWriter();
        CommandLine line = new CommandLine(new CrmSyncCommand());
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(out));
        String[] withConfig = new String[args.length + 1];
        System.arraycopy(args, 0, withConfig, 0, args.length);
        withConfig[args.length] = cfg;
        return line.execute(withConfig);
    }

    private ErpServer erp(long seed) {
        ErpServer erp = ErpServer.start(ServerSettings.builder().port(0).jdbcUrl(H2Urls.memory("erp-" + UUID.randomUUID()))
                .users(Users.builder().add("sync", "sync-secret", Role.SYNC).build()).demoAccounts(5).demoSeed(seed)
                .clock(Clock.systemUTC()).build());
        erps.add(erp);
        return erp;
    }

    /** Writes the configuration: one integration per ERP, named as given. */
    private void configure(List<String> names, List<ErpServer> servers) throws IOException {
        List<String> lines = new ArrayList<>(List.of("crm.db.url=" + H2Urls.file(dir.resolve("crm")),
                "integrations=" + String.join(",", names)));
        for (int index = 0; index < names.size(); index++) {
            String prefix = "integration." + names.get(index) + ".";
            lines.addAll(List.of(prefix + "erp.url=" + servers.get(index).endpointUrl(), prefix + "erp.user=sync",
                    prefix + "erp.password=sync-secret"));
        }
        Path config = dir.resolve("crm-sync.properties");
        Files.write(config, lines);
        cfg = "--config=" + config;
    }

    private long crmCount(String sql) {
        return Jdbi.create(H2Urls.file(dir.resolve("crm"))).withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }

    @Test
    void deniedResyncExitsWithThePermissionCodeAndWritesNothingUntilAllowedAgain() throws IOException {
        configure(List.of("main"), List.of(erp(11)));

        assertThat(run("users", "add", "bob", "--name", "Bob Martin")).isZero();
        assertThat(run("users", "deny", "bob", "resync")).isZero();
        assertThat(run("users", "list")).isZero();
        assertThat(out.toString()).contains("login").contains("Bob Martin").contains("resync");

        assertThat(run("resync", "--no-progress", "--user", "bob")).isEqualTo(ExitCodes.BAD_REQUEST);
        assertThat(out.toString()).contains("user 'bob' may not resync");
        assertThat(crmCount("SELECT COUNT(*) FROM sync_run")).isZero();
        assertThat(crmCount("SELECT COUNT(*) FROM account")).isZero();

        assertThat(run("users", "allow", "bob", "RESYNC")).isZero();
        assertThat(run("resync", "--no-progress", "--user", "bob")).isZero();
        assertThat(crmCount("SELECT COUNT(*) FROM account")).isEqualTo(5);
        String representative = Jdbi.create(H2Urls.file(dir.resolve("crm"))).withHandle(handle -> handle.createQuery(
                "SELECT MIN(erp_key) FROM representative").mapTo(String.class).one());
        assertThat(run("users", "link-representative", "bob", "--representative", representative)).isZero();
        assertThat(run("users", "list")).isZero();
        assertThat(out.toString()).contains(representative + " (main)").doesNotContain("resync");
    }

    @Test
    void unknownUsersAndActionsAreRefusedWithCodeFour() throws IOException {
        configure(List.of("main"), List.of(erp(12)));
        run("users", "add", "bob");

        assertThat(run("users", "add", "bob")).isEqualTo(ExitCodes.BAD_REQUEST);
        assertThat(run("users", "deny", "ghost", "resync")).isEqualTo(ExitCodes.BAD_REQUEST);
        assertThat(out.toString()).contains("no CRM user 'ghost'");
        assertThat(run("users", "deny", "bob", "delete-everything")).isEqualTo(ExitCodes.BAD_REQUEST);
        assertThat(out.toString()).contains("unknown action").contains("create-account");
        assertThat(run("users", "link-representative", "ghost", "--representative", "R1")).isEqualTo(ExitCodes.BAD_REQUEST);
        assertThat(run("users", "deny", "bob")).isEqualTo(ExitCodes.USAGE);
        assertThat(crmCount("SELECT COUNT(*) FROM user_denied_action")).isZero();
    }

    @Test
    void disconnectedIntegrationRefusesEveryErpCommandWithCodeSixUntilReconnected() throws IOException {
        configure(List.of("main"), List.of(erp(13)));
        assertThat(run("run", "--no-progress")).isZero();
        String erpKey = Jdbi.create(H2Urls.file(dir.resolve("crm"))).withHandle(handle -> handle.createQuery(
                "SELECT MIN(erp_key) FROM identity_map WHERE entity = N'ACCOUNT'").mapTo(String.class).one());
        long company = crmCount("SELECT MIN(id) FROM company");
        run("users", "add", "bob");
        run("users", "deny", "bob", "disconnect");

        assertThat(run("disconnect", "--user", "bob")).isEqualTo(ExitCodes.BAD_REQUEST);
        assertThat(run("users", "allow", "bob", "disconnect")).isZero();
        assertThat(run("disconnect", "--user", "bob", "--reason", "price update")).isZero();
        assertThat(run("status")).isZero();
        assertThat(out.toString()).contains("disconnected by bob at").contains("price update");
        long runs = crmCount("SELECT COUNT(*) FROM sync_run");

        for (List<String> command : List.of(List.of("run", "--no-progress"), List.of("resync", "--no-progress"),
                List.of("resend", "--no-progress"), List.of("refresh-revenue"),
                List.of("create-account", "--company", Long.toString(company)),
                List.of("rtdv", "solvency", "--erp-key", erpKey), List.of("watch", "--max-runs", "1"))) {
            assertThat(run(command.toArray(String[]::new))).as(command.toString()).isEqualTo(ExitCodes.DISCONNECTED);
            assertThat(out.toString()).as(command.toString()).contains("disconnected by bob");
        }
        assertThat(out.toString()).contains("skipped (disconnected)");
        assertThat(crmCount("SELECT COUNT(*) FROM sync_run")).isEqualTo(runs);
        assertThat(run("disconnect")).isEqualTo(ExitCodes.BAD_REQUEST);

        assertThat(run("reconnect", "--user", "bob")).isZero();
        assertThat(out.toString()).contains("reconnected by bob");
        assertThat(run("run", "--no-progress")).isZero();
        assertThat(run("rtdv", "solvency", "--erp-key", erpKey)).isZero();
    }

    @Test
    void watchServesEveryConfiguredIntegrationOrOnlyThoseNamed() throws IOException {
        configure(List.of("north", "south"), List.of(erp(14), erp(15)));

        assertThat(WatchCommand.every(java.time.Duration.ofMinutes(60))).isEqualTo("60 min");
        assertThat(WatchCommand.every(java.time.Duration.ofSeconds(90))).isEqualTo("90 s");
        assertThat(WatchCommand.every(java.time.Duration.ofMillis(500))).isEqualTo("500 ms");
        assertThat(run("watch", "--max-runs", "1")).isZero();
        assertThat(out.toString()).contains("watching 'north'").contains("watching 'south'")
                .contains("north: run").contains("south: run");

        assertThat(run("watch", "--max-runs", "1", "-i", "south")).isZero();
        assertThat(out.toString()).contains("south: run").doesNotContain("north");

        assertThat(run("run", "--no-progress", "-i", "north", "-i", "south")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("watch", "--max-runs", "1", "-i", "east")).isEqualTo(ExitCodes.BAD_REQUEST);
        assertThat(crmCount("SELECT COUNT(*) FROM sync_run WHERE integration = N'south'")).isEqualTo(2);
    }
}
