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
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The crm-sync commands against a real ERP endpoint, as a script would run them. */
class CrmSyncAgainstErpTest {

    @TempDir
    Path dir;

    private StringWriter out;

    private int run(String... args) {
        out = new StringWriter();
        CommandLine line = new CommandLine(new CrmSyncCommand());
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(out));
        return line.execute(args);
    }

    @Test
    void scriptedSessionRunsLinksDiagnosesAndReports() throws IOException {
        ServerSettings settings = ServerSettings.builder().port(0).jdbcUrl(H2Urls.memory("erp-" + UUID.randomUUID()))
                .users(Users.builder().add("sync", "never-printed-secret", Role.SYNC).build()).demoAccounts(8).demoSeed(5)
                .clock(Clock.systemUTC()).build();
        try (ErpServer erp = ErpServer.start(settings)) {
            Path config = dir.resolve("crm-sync.properties");
            Files.write(config, List.of("crm.db.url=" + H2Urls.file(dir.resolve("crm")),
                    "integration.main.erp.url=" + erp.endpointUrl(), "integration.main.erp.user=sync",
                    "integration.main.erp.password=never-printed-secret"));
            String cfg = "--config=" + config;

            assertThat(run("run", "--no-progress", cfg)).isZero();
            assertThat(out.toString()).contains("SUCCESS").contains("ACCOUNT").contains("inserted");
            String code = erp.database().jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT TOP 1 code FROM account ORDER BY id").mapTo(String.class).one());

            assertThat(run("unlink", "--account", code, cfg)).isZero();
            assertThat(run("orphans", cfg)).isZero();
            assertThat(out.toString()).contains(code).contains("NO_COMPANY");
            assertThat(run("diagnose", cfg)).isEqualTo(ExitCodes.WARNING);
            assertThat(out.toString()).contains("UNMATCHED_ACCOUNT").contains("crm-sync orphans --create-company");
            assertThat(run("orphans", "--all", cfg)).isZero();
            run("diagnose", cfg);
            assertThat(out.toString()).doesNotContain("UNMATCHED_ACCOUNT");

            assertThat(run("run", "--no-progress", cfg)).isZero();
            assertThat(run("log", cfg)).isZero();
            assertThat(out.toString()).contains("SUCCESS");
            assertThat(run("log", "--run", "1", cfg)).isZero();
            assertThat(run("status", cfg)).isZero();
            assertThat(run("errors", cfg)).isZero();
            assertThat(run("relink", "--account", "NO-SUCH-CODE", "--to-company", "1", cfg)).isEqualTo(ExitCodes.BAD_REQUEST);
            assertThat(run("watch", "--max-runs", "1", cfg)).isZero();
            assertThat(out.toString()).doesNotContain("never-printed-secret");
        }
    }
}
