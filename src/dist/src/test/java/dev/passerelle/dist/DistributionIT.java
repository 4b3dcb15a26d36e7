package dev.passerelle.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as an administrator receives it: passerelle-VERSION.tar.gz unpacked with tar into
 * an empty folder, and bin/passerelle run with java and a shell alone on the PATH (no Maven, no source
 * tree): its version, its JVM choices, a short demo, and the command lines of the systemd units.
 */
class DistributionIT {

    private static final String VERSION = System.getProperty("passerelle.version");
    private static final Path ARCHIVE = Path.of(System.getProperty("passerelle.archive"));
    private static final Path SOURCES = Path.of(System.getProperty("passerelle.root"));
    private static final Pattern JVM_CHOICE = Pattern.compile("-XX:[+-]?[A-Za-z]+(?:GC|PerfData|=\\d+)");

    @TempDir
    static Path folder;

    private static Path home;
    private static Path tools;

    @BeforeAll
    static void unpack() throws Exception {
        Result untar = run(List.of("tar", "-xzf", ARCHIVE.toString(), "-C", folder.toString()), Map.of("PATH", System.getenv("PATH")),
                folder, Duration.ofMinutes(2));
        assertThat(untar.exit()).as(untar.output()).isZero();
        home = folder.resolve("passerelle-" + VERSION);
        // A PATH with a shell, its two helpers and java, nothing else; passerelle through a link, as from /usr/local/bin.
        tools = Files.createDirectories(folder.resolve("tools"));
        for (String tool : List.of("bash", "dirname", "readlink")) {
            Files.createSymbolicLink(tools.resolve(tool), which(tool));
        }
        Files.createSymbolicLink(tools.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        Files.createSymbolicLink(tools.resolve("passerelle"), home.resolve("bin/passerelle"));
    }

    @Test
    void theArchiveHoldsTheScriptTheJarsTheConfigurationsTheMigrationsAndTheUnits() throws IOException {
        assertThat(Files.getPosixFilePermissions(home.resolve("bin/passerelle"))).contains(PosixFilePermission.OWNER_EXECUTE,
                PosixFilePermission.OTHERS_EXECUTE);
        Set<String> jars = names(home.resolve("lib"));
        assertThat(jars).contains("passerelle-launcher-" + VERSION + ".jar", "passerelle-server-" + VERSION + ".jar",
                "passerelle-erp-cli-" + VERSION + ".jar", "passerelle-client-" + VERSION + ".jar",
                "passerelle-crm-cli-" + VERSION + ".jar", "passerelle-common-" + VERSION + ".jar",
                "passerelle-contract-" + VERSION + ".jar");
        assertThat(jars).anyMatch(jar -> jar.startsWith("micrometer-registry-prometheus-"))
                .anyMatch(jar -> jar.startsWith("logback-classic-")).anyMatch(jar -> jar.startsWith("mssql-jdbc-"))
                .noneMatch(jar -> jar.startsWith("junit-") || jar.startsWith("assertj-") || jar.startsWith("wiremock")
                        || jar.endsWith("-tests.jar"));
        assertThat(Files.mismatch(home.resolve("conf/erp-server.sample.properties"),
                SOURCES.resolve("server/erp-server.sample.properties"))).isEqualTo(-1L);
        assertThat(Files.mismatch(home.resolve("conf/crm-sync.sample.properties"),
                SOURCES.resolve("client/crm-sync.sample.properties"))).isEqualTo(-1L);
        assertThat(names(home.resolve("sql/erp/common"))).isEqualTo(names(SOURCES.resolve("server/src/main/resources/db/erp/common")))
                .contains("V102__maintenance.sql");
        assertThat(names(home.resolve("sql/erp/sqlserver"))).isEqualTo(names(SOURCES.resolve("server/src/main/resources/db/erp/sqlserver")));
        assertThat(names(home.resolve("sql/erp/h2"))).isNotEmpty();
        assertThat(names(home.resolve("sql/crm/common"))).isEqualTo(names(SOURCES.resolve("client/src/main/resources/db/crm/common")));
        assertThat(names(home.resolve("systemd"))).containsExactly("passerelle-crm-sync-watch.service", "passerelle-erp-server.service");
    }

    @Test
    void printsItsVersionWithJavaAloneOnAPathWithoutMaven() throws Exception {
        Result maven = installed(List.of("bash", "-c", "command -v mvn || echo none"), Map.of());
        Result version = installed(List.of("passerelle", "--version"), Map.of());

        assertThat(maven.output().trim()).isEqualTo("none");
        assertThat(version.exit()).as(version.output()).isZero();
        assertThat(version.output().trim()).isEqualTo("Passerelle " + VERSION);
    }

    @Test
    void keepsTheJvmChoicesOfTheDevelopmentLauncher() throws Exception {
        Result defaults = installed(List.of("passerelle", "--version"), Map.of("PASSERELLE_JAVA_OPTS", "-XX:+PrintCommandLineFlags"));
        Result ownCollector = installed(List.of("passerelle", "--version"),
                Map.of("PASSERELLE_JAVA_OPTS", "-XX:+UseSerialGC -XX:FreqInlineSize=80 -XX:+PrintCommandLineFlags"));
        Result counters = installed(List.of("passerelle", "--version"),
                Map.of("PASSERELLE_JAVA_OPTS", "-XX:+UsePerfData -XX:+PrintCommandLineFlags"));

        assertThat(defaults.output()).contains("-XX:+UseParallelGC", "-XX:FreqInlineSize=100", "-XX:InlineSmallCode=1000",
                "-XX:-UsePerfData");
        assertThat(ownCollector.output()).contains("-XX:+UseSerialGC", "-XX:FreqInlineSize=80")
                .doesNotContain("-XX:+UseParallelGC").doesNotContain("-XX:InlineSmallCode=1000");
        assertThat(counters.output()).contains("-XX:+UsePerfData").doesNotContain("-XX:-UsePerfData");
        assertThat(choices(home.resolve("bin/passerelle"))).isEqualTo(choices(SOURCES.resolve("passerelle")))
                .contains("-XX:+UseParallelGC", "-XX:FreqInlineSize=100", "-XX:InlineSmallCode=1000", "-XX:-UsePerfData");
    }

    @Test
    void runsAShortDemoFromAnotherFolder() throws Exception {
        Path data = folder.resolve("demo");
        Result demo = run(List.of("passerelle", "demo", "--accounts", "300", "--data", data.toString()), environment(Map.of()),
                Files.createDirectories(folder.resolve("elsewhere")), Duration.ofMinutes(10));

        assertThat(demo.exit()).as(demo.output()).isZero();
        assertThat(demo.output()).contains("First sync, ERP -> CRM", "Delta sync, both ways", "Real-time ERP figures",
                "Summary", "demo finished");
        assertThat(data.resolve("crm.mv.db")).isRegularFile();
    }

    @Test
    void theSystemdUnitsStartCommandsTheProductAccepts() throws Exception {
        for (String unit : List.of("passerelle-erp-server.service", "passerelle-crm-sync-watch.service")) {
            String text = Files.readString(home.resolve("systemd").resolve(unit));
            Matcher exec = Pattern.compile("(?m)^ExecStart=(.+)$").matcher(text);
            assertThat(exec.find()).as(unit).isTrue();
            List<String> command = new ArrayList<>(List.of(exec.group(1).trim().split("\\s+")));
            assertThat(command.get(0)).isEqualTo("/opt/passerelle/bin/passerelle");
            command.set(0, home.resolve("bin/passerelle").toString());
            command.add("--help");

            Result help = installed(command, Map.of());

            assertThat(help.exit()).as(unit + ": " + help.output()).isZero();
            assertThat(help.output()).as(unit).startsWith("Usage: passerelle " + command.get(1));
            assertThat(text).as(unit).contains("SuccessExitStatus=143").contains("User=passerelle");
        }
    }

    @Test
    void theSystemdUnitsPassSystemdsOwnCheckOnceInstalled() throws Exception {
        Optional<Path> analyze = onPath("systemd-analyze");
        assumeTrue(analyze.isPresent(), "systemd-analyze is not on this machine's PATH");
        // A root as the install instructions leave it: the archive under /opt/passerelle, the units in
        // /etc/systemd/system, and the system's own units they start after and are wanted by.
        Path root = Files.createDirectories(folder.resolve("installed-root"));
        Path units = Files.createDirectories(root.resolve("etc/systemd/system"));
        Files.createDirectories(root.resolve("opt"));
        Path systemUnits = Files.createDirectories(root.resolve("usr/lib/systemd/system"));
        Map<String, String> path = Map.of("PATH", System.getenv("PATH"));
        for (List<String> copy : List.of(List.of("cp", "-r", home.toString(), root.resolve("opt/passerelle").toString()),
                List.of("bash", "-c", "cp -P /usr/lib/systemd/system/*.target " + systemUnits))) {
            Result copied = run(copy, path, folder, Duration.ofMinutes(2));
            assertThat(copied.exit()).as(copied.output()).isZero();
        }
        List<String> verify = new ArrayList<>(List.of(analyze.get().toString(), "verify", "--man=no", "--root=" + root));
        for (String unit : List.of("passerelle-erp-server.service", "passerelle-crm-sync-watch.service")) {
            Files.copy(home.resolve("systemd").resolve(unit), units.resolve(unit));
            verify.add("/etc/systemd/system/" + unit);
        }

        Result verified = run(verify, path, folder, Duration.ofMinutes(2));

        assertThat(verified.exit()).as(verified.output()).isZero();
        assertThat(verified.output()).as("systemd-analyze verify says nothing of units it finds sound").isBlank();
    }

    private static Set<String> choices(Path script) throws IOException {
        Set<String> found = new TreeSet<>();
        Matcher matcher = JVM_CHOICE.matcher(Files.readString(script));
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static Set<String> names(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return new TreeSet<>(files.map(file -> file.getFileName().toString()).toList());
        }
    }

    private static Path which(String tool) {
        return onPath(tool).orElseThrow(() -> new AssertionError(tool + " is not on this machine's PATH"));
    }

    private static Optional<Path> onPath(String tool) {
        for (String directory : System.getenv("PATH").split(":")) {
            Path candidate = Path.of(directory, tool);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> environment(Map<String, String> extra) {
        Map<String, String> environment = new java.util.HashMap<>(extra);
        environment.put("PATH", tools.toString());
        environment.put("HOME", folder.toString());
        return environment;
    }

    private static Result installed(List<String> command, Map<String, String> extra) throws Exception {
        return run(command, environment(extra), folder, Duration.ofMinutes(2));
    }

    record Result(int exit, String output) {
    }

    private static Result run(List<String> command, Map<String, String> environment, Path directory, Duration limit)
            throws Exception {
        Path output = Files.createTempFile(folder, "output", ".txt");
        List<String> resolved = new ArrayList<>(command);
        if (tools != null && !resolved.get(0).contains("/") && environment.get("PATH").equals(tools.toString())) {
            resolved.set(0, tools.resolve(resolved.get(0)).toString());
        }
        ProcessBuilder builder = new ProcessBuilder(resolved).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError(command + " did not end within " + limit + ": " + Files.readString(output));
        }
        return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }
}
