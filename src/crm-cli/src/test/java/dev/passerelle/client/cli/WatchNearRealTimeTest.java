package dev.passerelle.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.common.db.H2Urls;
import dev.passerelle.server.ErpServer;
import dev.passerelle.server.ServerSettings;
import dev.passerelle.server.security.Role;
import dev.passerelle.server.security.Users;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code crm-sync watch} at an interval of one hour, as an administrator leaves it running against a
 * real ERP endpoint: a company edited meanwhile with {@code crm-sync company edit} reaches the ERP
 * within seconds, and so does an account changed in the ERP reach the CRM; watch prints each of
 * those turns.
 */
class WatchNearRealTimeTest {

    private static final Duration SECONDS = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private ErpServer erp;
    private Path config;

    @BeforeEach
    void start() throws Exception {
        erp = ErpServer.start(ServerSettings.builder().port(0).jdbcUrl(H2Urls.memory("erp-" + UUID.randomUUID()))
                .users(Users.builder().add("sync", "sync-secret", Role.SYNC).build()).demoAccounts(5).demoSeed(8)
                .clock(Clock.systemUTC()).build());
        config = dir.resolve("crm-sync.properties");
        Files.write(config, List.of("crm.db.url=" + H2Urls.file(dir.resolve("crm")),
                "integration.main.erp.url=" + erp.endpointUrl(), "integration.main.erp.user=sync",
                "integration.main.erp.password=sync-secret", "integration.main.interval=1h"));
    }

    @AfterEach
    void stop() {
        erp.close();
    }

    @Test
    void editsOnEitherSideReachTheOtherWithinSecondsThoughTheIntervalIsAnHour() throws Exception {
        assertThat(run("run", "--no-progress")).isZero();
        long company = Jdbi.create(H2Urls.file(dir.resolve("crm"))).withHandle(handle ->
                handle.createQuery("SELECT MIN(company_id) FROM account").mapTo(Long.class).one());
        Background watch = Background.start("watch", "--config=" + config);
        try {
            assertThat(watch.await(Pattern.compile("watching 'main': every (60 min)"), Duration.ofSeconds(60))).isNotNull();
            watch.await(Pattern.compile("main: run (2) DELTA: SUCCESS"), Duration.ofSeconds(60));
            Thread.sleep(2_000); // the turn the ERP's waiter asks for once it holds its first wait is over

            long edited = System.nanoTime();
            assertThat(run("company", "edit", Long.toString(company), "--set", "website=https://near.example")).isZero();
            watch.await(Pattern.compile("main: run \\d+ DELTA: SUCCESS in \\d+ ms \\(in \\d+, out (1)\\)"), SECONDS);
            Duration crmToErp = Duration.ofNanos(System.nanoTime() - edited);
            int sent = erp.database().jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT COUNT(*) FROM account WHERE website = N'https://near.example'").mapTo(Integer.class).one());

            long changed = System.nanoTime();
            erp.database().jdbi().useHandle(handle -> handle.execute(
                    "UPDATE account SET website = N'https://erp.example' WHERE code = (SELECT MAX(code) FROM account)"));
            watch.await(Pattern.compile("main: run \\d+ DELTA: SUCCESS in \\d+ ms \\(in (1), out 0\\)"), SECONDS);
            Duration erpToCrm = Duration.ofNanos(System.nanoTime() - changed);

            long received = Jdbi.create(H2Urls.file(dir.resolve("crm"))).withHandle(handle -> handle.createQuery(
                    "SELECT COUNT(*) FROM company WHERE website = N'https://erp.example'").mapTo(Long.class).one());

            assertThat(sent).isOne();
            assertThat(received).isOne();
            assertThat(crmToErp).as("from `crm-sync company edit` to the turn that sent it").isLessThan(SECONDS);
            assertThat(erpToCrm).as("from the ERP's commit to the turn that brought it").isLessThan(SECONDS);
        } finally {
            watch.stop();
        }
        assertThat(watch.output()).doesNotContain("error");
    }

    private StringWriter out;

    private int run(String... args) {
        out = new StringWriter();
        CommandLine line = new CommandLine(new CrmSyncCommand());
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(out, true));
        return line.execute(Stream.concat(Arrays.stream(args), Stream.of("--config=" + config)).toArray(String[]::new));
    }
}
