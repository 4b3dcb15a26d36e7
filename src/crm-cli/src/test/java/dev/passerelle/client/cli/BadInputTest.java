package dev.passerelle.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Bad input to crm-sync, typed as an administrator would: each is refused with its exit code (5 bad
 * configuration naming the key, 64 bad usage, 4 refused, 3 busy) and a message, never exit 70 and
 * never a stack trace.
 */
class BadInputTest {

    private static final List<String> ERP = List.of("integration.main.erp.url=http://127.0.0.1:9/erp",
            "integration.main.erp.user=sync", "integration.main.erp.password=secret");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Map<String, String> environment, List<String> config, String... args) throws IOException {
        Path file = dir.resolve("crm-sync.properties");
        List<String> lines = new ArrayList<>();
        if (config.stream().noneMatch(line -> line.startsWith("crm.db.url="))) {
            lines.add("crm.db.url=jdbc:h2:file:" + dir.resolve("crm"));
        }
        lines.addAll(ERP);
        lines.addAll(config);
        Files.write(file, lines);
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                K made = CommandLine.defaultFactory().create(type);
                if (made instanceof EngineCommand command) {
                    command.environment = environment;
                }
                return made;
            }
        };
        CommandLine line = new CommandLine(new CrmSyncCommand(), factory);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--config", file.toString()));
        return line.execute(all.toArray(String[]::new));
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("an H2 URL in another mode", List.of("crm.db.url=jdbc:h2:mem:x;MODE=Oracle"), Map.of(),
                        List.of("status"), ExitCodes.CONFIG, "crm.db.url"),
                Arguments.of("a store folder that cannot be written", List.of("crm.db.url=jdbc:h2:file:/proc/passerelle/crm"),
                        Map.of(), List.of("status"), ExitCodes.CONFIG, "crm.db.url"),
                Arguments.of("an unreachable SQL Server",
                        List.of("crm.db.url=jdbc:sqlserver://127.0.0.1:9;databaseName=crm;encrypt=false;loginTimeout=2"),
                        Map.of(), List.of("status"), ExitCodes.CONFIG, "crm.db.url"),
                Arguments.of("a time-out of zero", List.of("integration.main.timeout=0s"), Map.of(), List.of("status"),
                        ExitCodes.CONFIG, "integration.main.timeout"),
                Arguments.of("a pool of one connection", List.of("crm.db.pool-size=1"), Map.of(), List.of("status"),
                        ExitCodes.CONFIG, "crm.db.pool-size"),
                Arguments.of("an environment override of no key", List.of(), Map.of("PASSERELLE_CRM_DB_URLL", "jdbc:h2:mem:x"),
                        List.of("status"), ExitCodes.CONFIG, "PASSERELLE_CRM_DB_URLL"),
                Arguments.of("a disconnect reason longer than the store keeps", List.of(), Map.of(),
                        List.of("disconnect", "--reason", "x".repeat(401)), ExitCodes.BAD_REQUEST, "at most 400"),
                Arguments.of("a negative log limit", List.of(), Map.of(), List.of("log", "--limit", "-1"), ExitCodes.USAGE,
                        "--limit"),
                Arguments.of("the log of an unknown run", List.of(), Map.of(), List.of("log", "--run", "999"),
                        ExitCodes.BAD_REQUEST, "no run 999"),
                Arguments.of("an rtdv page before the first", List.of(), Map.of(), List.of("rtdv", "invoices", "--erp-key", "1",
                        "--page", "0"), ExitCodes.USAGE, "--page"),
                Arguments.of("an rtdv page larger than the limit", List.of(), Map.of(), List.of("rtdv", "ledger", "--erp-key",
                        "1", "--size", "5000"), ExitCodes.USAGE, "--size"),
                Arguments.of("link without an account", List.of(), Map.of(), List.of("link", "--company", "1"), ExitCodes.USAGE,
                        "--account"),
                Arguments.of("unlink without an account", List.of(), Map.of(), List.of("unlink"), ExitCodes.USAGE, "--account"),
                Arguments.of("flag without a flag", List.of(), Map.of(), List.of("flag", "--company", "1"), ExitCodes.USAGE,
                        "--never-sync"),
                Arguments.of("a representative that does not exist", List.of(), Map.of(),
                        List.of("users", "link-representative", "admin", "--representative", "R404"), ExitCodes.BAD_REQUEST,
                        "no ERP representative"));
    }

    @ParameterizedTest(name = "{0}: exit {4}")
    @MethodSource("badInput")
    void isRefusedWithItsExitCodeAndAMessageWithoutAStackTrace(String what, List<String> config, Map<String, String> environment,
                                                                List<String> args, int exitCode, String named) throws IOException {
        if (args.contains("link-representative")) {
            assertThat(run(Map.of(), config, "users", "add", "admin")).isZero();
        }

        int code = run(environment, config, args.toArray(String[]::new));

        assertThat(code).as(what + "; err: " + err).isEqualTo(exitCode);
        assertThat(err.toString()).contains(named).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void aPasswordForAnH2StoreMadeWithoutOneIsACredentialsError() throws IOException {
        assertThat(run(Map.of(), List.of(), "status")).isZero();

        int code = run(Map.of(), List.of("crm.db.password=not-the-one"), "status");

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.CONFIG);
        assertThat(err.toString()).contains("crm.db.user / crm.db.password").doesNotContain("not-the-one", "\tat ");
    }
}
