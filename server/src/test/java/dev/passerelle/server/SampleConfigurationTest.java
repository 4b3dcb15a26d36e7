package dev.passerelle.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.common.config.ConfigSource;
import dev.passerelle.server.security.Users;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample configuration names every key and shows each default as a commented line
 * ({@code #key=value}): written out, every one of them must give the settings the endpoint applies
 * without it, so that the sample cannot drift from the one place defaults are written
 * ({@link ServerSettings.Builder}).
 */
class SampleConfigurationTest {

    private static final Path SAMPLE = Path.of("erp-server.sample.properties");
    private static final Pattern SHOWN_DEFAULT = Pattern.compile("#([a-z][a-z0-9.-]*)=(.+)");
    /** Shown relative to the working folder; the default names the same file by its absolute path. */
    private static final Set<String> SAME_IN_ANOTHER_FORM = Set.of("erp.db.url");

    @TempDir
    Path folder;

    @Test
    void everyDefaultTheSampleShowsIsTheOneTheEndpointApplies() throws IOException {
        List<String> shown = new ArrayList<>();
        List<String> written = new ArrayList<>();
        for (String line : Files.readAllLines(SAMPLE)) {
            Matcher matcher = SHOWN_DEFAULT.matcher(line);
            if (matcher.matches() && !SAME_IN_ANOTHER_FORM.contains(matcher.group(1))) {
                shown.add(matcher.group(1));
                written.add(line.substring(1));
            } else {
                written.add(line);
            }
        }
        Path withDefaultsWritten = folder.resolve("erp-server.properties");
        Files.write(withDefaultsWritten, written);
        Users users = Users.builder().build();

        ServerSettings shipped = ServerSettings.fromConfig(ConfigSource.load(SAMPLE, Map.of()), users);
        ServerSettings spelledOut = ServerSettings.fromConfig(ConfigSource.load(withDefaultsWritten, Map.of()), users);

        assertThat(shown).as("defaults the sample shows").hasSizeGreaterThanOrEqualTo(15)
                .contains("erp.max-page-size", "erp.auth.lockout-after", "erp.metrics.enabled");
        assertThat(spelledOut).isEqualTo(shipped);
    }

    @Test
    void theSampleDocumentsEveryKey() throws IOException {
        String sample = Files.readString(SAMPLE);

        assertThat(ServerSettings.KEYS).allSatisfy(key -> assertThat(sample).contains(key + "="));
    }
}
