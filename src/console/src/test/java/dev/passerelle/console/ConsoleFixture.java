package dev.passerelle.console;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.cli.CrmSyncCommand;
import dev.passerelle.client.config.EngineSettings;
import dev.passerelle.common.config.ConfigSource;
import dev.passerelle.common.db.H2Urls;
import dev.passerelle.common.security.LoginLimits;
import dev.passerelle.server.ErpServer;
import dev.passerelle.server.ServerSettings;
import dev.passerelle.server.security.Role;
import dev.passerelle.server.security.Users;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;

/**
 * A real ERP endpoint on a free port over an H2 database in a folder, a CRM engine on a store beside
 * it, CRM users with console passwords (an administrator allowed everything, and bob, who may not
 * disconnect), and the console on a free port of 127.0.0.1.
 */
final class ConsoleFixture implements AutoCloseable {

    static final String ERP_USER = "crm-sync";
    static final String ERP_PASSWORD = "erp-secret-never-shown";
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "admin-pass-phrase";
    static final String BOB = "bob";
    static final String BOB_PASSWORD = "bob-pass-phrase";

    final ErpServer erp;
    final CrmEngine engine;
    final ConsoleServer console;

    private ConsoleFixture(ErpServer erp, CrmEngine engine, ConsoleServer console) {
        this.erp = erp;
        this.engine = engine;
        this.console = console;
    }

    /** An ERP with {@code accounts} demo accounts, the CRM engine configured for it with extra lines, and the console. */
    static ConsoleFixture start(Path folder, int accounts, String... configuration) {
        return start(folder, accounts, Clock.systemUTC(), ConsoleServer.LOGIN_LIMITS, configuration);
    }

    /** The same, the console on {@code clock} and counting failed log-ins with {@code limits}. */
    static ConsoleFixture start(Path folder, int accounts, Clock clock, LoginLimits limits, String... configuration) {
        ServerSettings settings = ServerSettings.builder().port(0).jdbcUrl(H2Urls.file(folder.resolve("erp")))
                .users(Users.builder().add(ERP_USER, ERP_PASSWORD, Role.SYNC).build()).demoAccounts(accounts).demoSeed(7)
                .clock(Clock.systemUTC()).build();
        ErpServer erp = ErpServer.start(settings);
        CrmEngine engine = null;
        try {
            Path config = folder.resolve("crm-sync.properties");
            List<String> lines = new ArrayList<>(List.of("crm.db.url=" + H2Urls.file(folder.resolve("crm")),
                    "integration.main.erp.url=" + erp.endpointUrl(), "integration.main.erp.user=" + ERP_USER,
                    "integration.main.erp.password=" + ERP_PASSWORD, "integration.main.retry-attempts=2"));
            lines.addAll(List.of(configuration));
            Files.write(config, lines);
            engine = CrmEngine.open(EngineSettings.from(ConfigSource.load(config, Map.of())));
            engine.users().add(ADMIN, "Administrator");
            engine.users().setPassword(ADMIN, ADMIN_PASSWORD.toCharArray());
            engine.users().add(BOB, "Bob");
            engine.users().setPassword(BOB, BOB_PASSWORD.toCharArray());
            engine.users().deny(BOB, dev.passerelle.client.run.Action.DISCONNECT);
            return new ConsoleFixture(erp, engine, ConsoleServer.start(engine, "127.0.0.1", 0, clock, limits));
        } catch (IOException | RuntimeException failure) {
            if (engine != null) {
                engine.close();
            }
            erp.close();
            throw failure instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) failure;
        }
    }

    /** The console's address of a path ("/errors"). */
    String url(String path) {
        return console.uri().resolve(path).toString();
    }

    /** A crm-sync command run by the operator, as typed in a shell beside the console; answers what it printed. */
    String crmSync(String... args) {
        CrmSyncCommand.Outcome outcome = CrmSyncCommand.executeWith(engine, null, List.of(args));
        if (outcome.exitCode() > 1) {
            throw new AssertionError("crm-sync " + String.join(" ", args) + " exited " + outcome.exitCode() + ": "
                    + outcome.out() + outcome.err());
        }
        return outcome.out();
    }

    /** The id a command printed after {@code what} ("company 12 added" -> 12 for "company"). */
    static long printedId(String printed, String what) {
        Matcher matcher = Pattern.compile(what + " (\\d+)").matcher(printed);
        if (!matcher.find()) {
            throw new AssertionError("no '" + what + " ID' in: " + printed);
        }
        return Long.parseLong(matcher.group(1));
    }

    Jdbi erpSql() {
        return erp.database().jdbi();
    }

    @Override
    public void close() {
        console.close();
        engine.close();
        erp.close();
    }
}
