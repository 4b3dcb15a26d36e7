package dev.passerelle.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passerelle.common.config.ConfigException;
import dev.passerelle.common.db.H2Urls;
import dev.passerelle.contract.v1.GetServiceInfo;
import dev.passerelle.server.ErpServer;
import dev.passerelle.server.ServerSettings;
import dev.passerelle.server.TestServers;
import dev.passerelle.server.security.Role;
import dev.passerelle.server.security.Users;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

class ErpServerCommandTest {

    @TempDir
    Path directory;

    private int addUser(Path users, String name, String roles, String password) {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
            return new CommandLine(new ErpServerCommand()).execute("add-user", "--users", users.toString(), "--role", roles, name);
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void addUserStoresASaltedHashNeverThePassword() throws Exception {
        Path users = directory.resolve("users.txt");

        assertThat(addUser(users, "crm", "sync", "s3cret-Pass")).isZero();
        assertThat(addUser(users, "viewer", "rtdv", "v1ew")).isZero();

        String content = Files.readString(users);
        assertThat(content).contains("crm:sync:pbkdf2-sha256$", "viewer:rtdv:").doesNotContain("s3cret-Pass", "v1ew");
        Users loaded = Users.load(users);
        assertThat(loaded.authenticate("crm", "s3cret-Pass")).hasValueSatisfying(user ->
                assertThat(user.roles()).containsExactly(Role.SYNC));
        assertThat(loaded.authenticate("crm", "wrong")).isEmpty();
    }

    @Test
    void addUserRefusesAnUnknownRole() {
        assertThat(addUser(directory.resolve("users.txt"), "crm", "admin", "pw")).isEqualTo(2);
    }

    @Test
    void theCommandStartsAServerFromItsOptions() throws Exception {
        Path users = directory.resolve("users.txt");
        addUser(users, "crm", "sync", "pw");
        ErpServerCommand command = new ErpServerCommand();
        new CommandLine(command).parseArgs("--port", "0", "--db", H2Urls.memory("cli-" + UUID.randomUUID()),
                "--users", users.toString(), "--demo-accounts", "5");

        try (ErpServer server = command.start()) {
            assertThat(TestServers.client(server, "crm", "pw").getServiceInfo(new GetServiceInfo()).getCompanyName())
                    .isEqualTo("Comptoir Démo Distribution SA");
        }
    }

    @Test
    void optionsOverrideTheFileWhichTheEnvironmentOverrides() throws Exception {
        Path users = directory.resolve("users.txt");
        addUser(users, "crm", "sync", "pw");
        Path config = directory.resolve("erp.properties");
        Files.writeString(config, "erp.server.port=9001\nerp.max-page-size=200\nerp.users-file=" + users.toString().replace("\\", "/") + "\n");
        ErpServerCommand command = new ErpServerCommand();
        new CommandLine(command).parseArgs("--config", config.toString(), "--port", "9002");

        ServerSettings settings = command.settings(Map.of("PASSERELLE_ERP_MAX_PAGE_SIZE", "300"));

        assertThat(settings.port()).isEqualTo(9002);
        assertThat(settings.maxPageSize()).isEqualTo(300);
        assertThat(settings.users().find("crm")).isPresent();
    }

    @Test
    void aBadValueIsRefusedNamingItsKey() throws Exception {
        Path users = directory.resolve("users.txt");
        addUser(users, "crm", "sync", "pw");
        Path config = directory.resolve("erp.properties");
        Files.writeString(config, "erp.max-batch-size=lots\n");
        ErpServerCommand command = new ErpServerCommand();
        new CommandLine(command).parseArgs("--config", config.toString(), "--users", users.toString());

        assertThatThrownBy(() -> command.settings(Map.of())).isInstanceOfSatisfying(ConfigException.class,
                invalid -> assertThat(invalid.key()).isEqualTo("erp.max-batch-size"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDatabaseOrEnvironment")
    void aBadDatabaseUrlOrEnvironmentOverrideIsRefusedNamingIt(String what, List<String> options, Map<String, String> environment,
                                                               String named) throws Exception {
        Path users = directory.resolve("users.txt");
        addUser(users, "crm", "sync", "pw");
        ErpServerCommand command = new ErpServerCommand();
        List<String> args = new ArrayList<>(List.of("--users", users.toString()));
        args.addAll(options);
        new CommandLine(command).parseArgs(args.toArray(String[]::new));

        assertThatThrownBy(() -> command.settings(environment)).as(what).isInstanceOfSatisfying(ConfigException.class,
                invalid -> assertThat(invalid.key()).isEqualTo(named));
    }

    static Stream<Arguments> badDatabaseOrEnvironment() {
        return Stream.of(
                Arguments.of("an H2 URL in another mode, by option", List.of("--db", "jdbc:h2:mem:erp;MODE=Oracle"), Map.of(), "--db"),
                Arguments.of("an H2 URL in another mode, by environment", List.of(),
                        Map.of("PASSERELLE_ERP_DB_URL", "jdbc:h2:mem:erp;DATABASE_TO_UPPER=TRUE"), "erp.db.url"),
                Arguments.of("an environment override of no key", List.of(), Map.of("PASSERELLE_ERP_MAX_PAGESIZE", "10"),
                        "PASSERELLE_ERP_MAX_PAGESIZE"));
    }

    @Test
    void aMissingUsersFileIsExplained() {
        ErpServerCommand command = new ErpServerCommand();
        new CommandLine(command).parseArgs("--users", directory.resolve("none.txt").toString());

        assertThatThrownBy(() -> command.settings(Map.of())).isInstanceOf(ConfigException.class).hasMessageContaining("add-user");
    }
}
