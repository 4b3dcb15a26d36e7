package dev.passerelle.client.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options every crm-sync command takes. */
public final class CommonOptions {

    static final Path DEFAULT_CONFIG = Path.of("crm-sync.properties");

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: ./crm-sync.properties when present). PASSERELLE_* environment variables override it.")
    Path config;

    @Option(names = {"-i", "--integration"}, paramLabel = "NAME",
            description = "The integration to act on (default: the first one configured; watch: every one). watch takes it several times.")
    List<String> integrations = new ArrayList<>();

    @Option(names = {"-u", "--user"}, paramLabel = "LOGIN",
            description = "The CRM user acting, whose permissions are checked (default: the operator, allowed everything).")
    String user;

    Path configFile() {
        if (config != null) {
            return config;
        }
        return Files.isRegularFile(DEFAULT_CONFIG) ? DEFAULT_CONFIG : null;
    }
}
