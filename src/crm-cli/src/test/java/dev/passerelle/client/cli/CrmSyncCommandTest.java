package dev.passerelle.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.common.db.H2Urls;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

class CrmSyncCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine line = new CommandLine(new CrmSyncCommand());
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        return line.execute(args);
    }

    private Path config(String... lines) throws IOException {
        Path file = dir.resolve("crm-sync.properties");
        Files.write(file, Stream.concat(Stream.of("crm.db.url=" + H2Urls.memory("cli-" + UUID.randomUUID())),
                Stream.of(lines)).toList());
        return file;
    }

    /** Every command that does the work (groups such as {@code rtdv} lead to theirs), as "rtdv solvency". */
    static Stream<String> commands() {
        return leaves("", new CommandLine(new CrmSyncCommand()));
    }

    private static Stream<String> leaves(String prefix, CommandLine command) {
        return command.getSubcommands().entrySet().stream()
                .filter(entry -> !entry.getKey().equals("help"))
                .flatMap(entry -> entry.getValue().getSubcommands().isEmpty()
                        ? Stream.of(prefix + entry.getKey())
                        : leaves(prefix + entry.getKey() + " ", entry.getValue()));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandAnswersHelp(String command) {
        assertThat(run(Stream.concat(Stream.of(command.split(" ")), Stream.of("--help")).toArray(String[]::new))).isZero();
        assertThat(out.toString()).contains("Usage: crm-sync " + command).contains("--config");
    }

    @Test
    void badConfigurationValueStopsWithTheKeyNamed() throws IOException {
        Path file = config("integration.main.erp.url=http://localhost:1/erp", "integration.main.erp.user=sync",
                "integration.main.erp.password=secret", "integration.main.timeout=soon");

        assertThat(run("status", "--config", file.toString())).isEqualTo(ExitCodes.CONFIG);
        assertThat(err.toString()).contains("integration.main.timeout");
    }

    @Test
    void missingPasswordIsAConfigurationErrorThatNeverEchoesSecrets() throws IOException {
        Path file = config("integration.main.erp.url=http://localhost:1/erp", "integration.main.erp.user=sync");

        assertThat(run("status", "--config", file.toString())).isEqualTo(ExitCodes.CONFIG);
        assertThat(err.toString()).contains("integration.main.erp.password");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(run("run", "--frobnicate")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void runAgainstAnUnreachableErpFailsWithExitCodeTwo() throws IOException {
        Path file = config("integration.main.erp.url=http://127.0.0.1:9/erp", "integration.main.erp.user=sync",
                "integration.main.erp.password=top-secret", "integration.main.timeout=2s",
                "integration.main.retry-attempts=1");

        assertThat(run("run", "--no-progress", "--config", file.toString())).isEqualTo(ExitCodes.FAILURE);
        assertThat(out.toString()).contains("FAILURE").doesNotContain("top-secret");
    }

    @Test
    void refusedActionExitsWithFourAndStatusShowsTheIntegration() throws IOException {
        Path file = config("integration.main.erp.url=http://localhost:1/erp", "integration.main.erp.user=sync",
                "integration.main.erp.password=secret");

        assertThat(run("create-account", "--company", "999", "--config", file.toString())).isEqualTo(ExitCodes.BAD_REQUEST);
        assertThat(err.toString()).contains("no company with id 999");
        assertThat(run("status", "--config", file.toString())).isZero();
        assertThat(out.toString()).contains("main").contains("never");
    }
}
