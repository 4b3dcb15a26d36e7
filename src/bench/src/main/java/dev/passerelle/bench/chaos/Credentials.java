package dev.passerelle.bench.chaos;

import dev.passerelle.client.config.EngineSettings;
import dev.passerelle.client.config.IntegrationSettings;
import dev.passerelle.common.db.DatabaseSettings;
import dev.passerelle.common.db.H2Urls;
import dev.passerelle.server.security.Role;
import dev.passerelle.server.security.Users;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.UUID;

/**
 * The one ERP user of a chaos command (role {@code sync}), and how each side is told of it: the
 * endpoint's users file (a salted hash only) and the engine's configuration file, which holds the
 * password in a folder the command deletes. Immutable.
 */
record Credentials(String user, String password) {

    static final String INTEGRATION = "main";

    static Credentials random() {
        return new Credentials("chaos-sync", UUID.randomUUID().toString());
    }

    void saveUsers(Path file) {
        Users.builder().add(user, password, Role.SYNC).build().save(file);
    }

    /** The configuration of {@code crm-sync}: its store and the endpoint, every other key at its default. */
    void saveEngineConfig(Path file, Path crmStore, URI endpoint) {
        Properties properties = new Properties();
        properties.setProperty("crm.db.url", H2Urls.file(crmStore));
        properties.setProperty("integration." + INTEGRATION + ".erp.url", endpoint.toString());
        properties.setProperty("integration." + INTEGRATION + ".erp.user", user);
        properties.setProperty("integration." + INTEGRATION + ".erp.password", password);
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(writer, "crm-sync configuration of a chaos trial");
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot write " + file, failure);
        }
    }

    /** The same settings for an engine opened in this JVM (to make CRM edits as a CRM would). */
    EngineSettings engineSettings(Path crmStore, URI endpoint) {
        return EngineSettings.of(DatabaseSettings.of(H2Urls.file(crmStore)),
                IntegrationSettings.defaults(INTEGRATION, endpoint.toString(), user, password));
    }

    /** The endpoint's URL on a port of loopback. */
    static URI endpointUrl(int port) {
        return URI.create("http://127.0.0.1:" + port + "/passerelle/v1");
    }
}
