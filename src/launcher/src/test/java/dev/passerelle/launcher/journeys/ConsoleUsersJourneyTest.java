package dev.passerelle.launcher.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The administrator prepares the web console from the command line: adds a CRM user, sets its console
 * password from standard input (as a script pipes it), and finds the console among crm-sync's commands.
 */
class ConsoleUsersJourneyTest {

    @TempDir
    Path folder;

    @Test
    void aUserGetsAConsolePasswordAndTheConsoleIsACrmSyncCommand() {
        try (Journey journey = Journey.start(folder, 1)) {
            assertThat(journey.crmSync("users", "add", "claire", "--name", "Claire").exit()).isZero();
            Journey.Result passwd = withInput("console-pass-phrase\n", () -> journey.crmSync("users", "passwd", "claire"));
            Journey.Result unknown = withInput("whatever\n", () -> journey.crmSync("users", "passwd", "nobody"));

            assertThat(passwd.exit()).as(passwd.all()).isZero();
            assertThat(passwd.out()).contains("password of user 'claire' set");
            assertThat(unknown.exit()).isEqualTo(4);
            assertThat(unknown.err()).contains("no CRM user 'nobody'");
            AtomicBoolean logsIn = new AtomicBoolean();
            journey.crm(engine -> logsIn.set(engine.users().authenticate("claire", "console-pass-phrase".toCharArray()).isPresent()));
            assertThat(logsIn).isTrue();
            assertThat(journey.crmValue("SELECT password_hash FROM crm_user WHERE login = 'claire'"))
                    .startsWith("pbkdf2-sha256$").doesNotContain("console-pass-phrase");

            Journey.Result help = Journey.passerelle("crm-sync", "console", "--help");
            assertThat(help.exit()).isZero();
            assertThat(help.out()).contains("--port").contains("--host").contains("127.0.0.1");
            assertThat(Journey.passerelle("crm-sync", "--help").out()).contains("console");
        }
    }

    private static Journey.Result withInput(String typed, java.util.function.Supplier<Journey.Result> command) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)));
        try {
            return command.get();
        } finally {
            System.setIn(before);
        }
    }
}
