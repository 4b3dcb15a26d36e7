package dev.passerelle.launcher.journeys;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.config.EngineSettings;
import dev.passerelle.common.config.ConfigSource;
import dev.passerelle.common.db.H2Urls;
import dev.passerelle.launcher.Main;
import dev.passerelle.server.ErpServer;
import dev.passerelle.server.ServerSettings;
import dev.passerelle.server.security.Role;
import dev.passerelle.server.security.Users;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A user's journey: a real ERP endpoint on a free port over an H2 database in a folder, a CRM store
 * beside it, and the product's commands typed as a person types them ({@code passerelle crm-sync ...},
 * {@code passerelle erp-server ...}) through the launcher's picocli entry point, their output read as
 * a person reads it.
 */
final class Journey implements AutoCloseable {

    static final String USER = "crm-sync";
    static final String PASSWORD = "journey-secret";
    /** A user of the ERP with the role rtdv only (real-time queries), under the same password. */
    static final String RTDV_USER = "crm-rtdv";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern PRINTED_COMMAND = Pattern.compile("crm-sync [a-z-]+(?: [^ ()]+)*");

    private final Path folder;
    private final Path config;
    private final ServerSettings settings;
    ErpServer erp;

    private Journey(Path folder, Path config, ServerSettings settings, ErpServer erp) {
        this.folder = folder;
        this.config = config;
        this.settings = settings;
        this.erp = erp;
    }

    /** An ERP with {@code accounts} demo accounts and a CRM store configured for it, with extra configuration lines. */
    static Journey start(Path folder, int accounts, String... configuration) {
        return start(folder, accounts, Clock.systemUTC(), configuration);
    }

    /** The same, the ERP endpoint reading the time from {@code clock} (its retention, its maintenance). */
    static Journey start(Path folder, int accounts, Clock clock, String... configuration) {
        ServerSettings settings = ServerSettings.builder().port(0).jdbcUrl(H2Urls.file(folder.resolve("erp")))
                .users(Users.builder().add(USER, PASSWORD, Role.SYNC).add(RTDV_USER, PASSWORD, Role.RTDV).build()).demoAccounts(accounts).demoSeed(7)
                .clock(clock).build();
        ErpServer erp = ErpServer.start(settings);
        Path config = folder.resolve("crm-sync.properties");
        List<String> lines = new ArrayList<>(List.of("crm.db.url=" + H2Urls.file(folder.resolve("crm")),
                "integration.main.erp.url=" + erp.endpointUrl(), "integration.main.erp.user=" + USER,
                "integration.main.erp.password=" + PASSWORD, "integration.main.retry-attempts=2"));
        lines.addAll(List.of(configuration));
        try {
            Files.write(config, lines);
        } catch (IOException failure) {
            erp.close();
            throw new UncheckedIOException(failure);
        }
        return new Journey(folder, config, settings, erp);
    }

    /**
     * Stops the ERP endpoint, lets {@code offline} work on the ERP database's file while nothing holds it
     * (a cold backup, a restore), and starts the endpoint again over it; the CRM's configuration follows
     * its new port, as an administrator's would.
     */
    void restartErp(Runnable offline) {
        erp.close();
        offline.run();
        erp = ErpServer.start(settings);
        configure("integration.main.erp.url=" + erp.endpointUrl());
    }

    /** The ERP database's file. */
    Path erpFile() {
        return folder.resolve("erp.mv.db");
    }

    /** Sets configuration keys ("key=value"), as an administrator edits the file between two commands. */
    void configure(String... settings) {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(config));
            for (String setting : settings) {
                String key = setting.substring(0, setting.indexOf('=') + 1);
                lines.removeIf(line -> line.startsWith(key));
                lines.add(setting);
            }
            Files.write(config, lines);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** What a command printed, and its exit code. */
    record Result(int exit, String out, String err) {
        String all() {
            return out + err;
        }
    }

    /** {@code passerelle crm-sync ARGS --config FILE}. */
    Result crmSync(String... args) {
        List<String> all = new ArrayList<>(List.of("crm-sync"));
        all.addAll(List.of(args));
        all.add("--config=" + config);
        return passerelle(all.toArray(String[]::new));
    }

    /** A command as printed by the product ("crm-sync errors --recreate 7"), typed as printed. */
    Result typed(String printed) {
        List<String> words = new ArrayList<>(List.of(printed.trim().split("\\s+")));
        if (!words.get(0).equals("crm-sync")) {
            throw new IllegalArgumentException("not a crm-sync command: " + printed);
        }
        return crmSync(words.subList(1, words.size()).toArray(String[]::new));
    }

    /** {@code passerelle ARGS}. */
    static Result passerelle(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = Main.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int exit = line.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    /** Every "crm-sync ..." command printed in {@code output}, in order. */
    static List<String> printedCommands(String output) {
        List<String> commands = new ArrayList<>();
        Matcher matcher = PRINTED_COMMAND.matcher(output);
        while (matcher.find()) {
            commands.add(matcher.group());
        }
        return commands;
    }

    /** What a command printed with {@code --format json}, read as a script reads it. */
    static JsonNode json(Result result) {
        return JSON.readTree(result.out());
    }

    /** The CRM side as a CRM application would change it, through the engine's Java API (for what has no command). */
    void crm(Consumer<CrmEngine> work) {
        try (CrmEngine engine = CrmEngine.open(EngineSettings.from(ConfigSource.load(config, Map.of())))) {
            work.accept(engine);
        }
    }

    /** The ERP database's JDBC URL, for the erp-server commands an operator runs beside the endpoint. */
    String erpUrl() {
        return H2Urls.file(folder.resolve("erp"));
    }

    Jdbi erpSql() {
        return erp.database().jdbi();
    }

    Jdbi crmSql() {
        return Jdbi.create(H2Urls.file(folder.resolve("crm")));
    }

    long erpCount(String sql) {
        return erpSql().withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }

    long crmCount(String sql) {
        return crmSql().withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }

    /** One value the CRM store answers, as text (null when the query finds nothing). */
    String crmValue(String sql) {
        return crmSql().withHandle(handle -> handle.createQuery(sql).mapTo(String.class).findFirst().orElse(null));
    }

    /** The id a command printed after {@code what} ("company 12 added" -> 12 for "company"). */
    static long printedId(Result result, String what) {
        Matcher matcher = Pattern.compile(what + " (\\d+)").matcher(result.out());
        if (!matcher.find()) {
            throw new AssertionError("no '" + what + " ID' in: " + result.all());
        }
        return Long.parseLong(matcher.group(1));
    }

    /**
     * One sample of the ERP endpoint's {@code GET /metrics}, read over HTTP as a monitor reads it
     * ({@code passerelle_erp_calls_seconds_count{operation="GetServiceInfo",outcome="success"}}); 0 when absent.
     */
    double erpMetric(String sample) {
        URI metrics = erp.metricsUrl().orElseThrow(() -> new AssertionError("the ERP endpoint serves no metrics"));
        try {
            String text = HTTP.send(HttpRequest.newBuilder(metrics).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            return text.lines().filter(line -> line.startsWith(sample + " "))
                    .mapToDouble(line -> Double.parseDouble(line.substring(sample.length() + 1))).findFirst().orElse(0);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while reading " + metrics, interrupted);
        }
    }

    @Override
    public void close() {
        erp.close();
    }
}
