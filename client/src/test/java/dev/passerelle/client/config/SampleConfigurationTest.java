package dev.passerelle.client.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.common.config.ConfigSource;
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
 * The sample configuration shows each default as a commented line ({@code #key=value}): written out,
 * every one of them must give the settings the engine applies without it, so that the sample cannot
 * drift from the one place defaults are written ({@link IntegrationSettings#defaults}, {@link EngineSettings}).
 */
class SampleConfigurationTest {

    private static final Path SAMPLE = Path.of("crm-sync.sample.properties");
    private static final Pattern SHOWN_DEFAULT = Pattern.compile("#([a-z][a-z0-9.-]*)=(.+)");
    /** Commented lines that show an example to copy rather than a default. */
    private static final Set<String> EXAMPLES = Set.of("integration.main.full-resync-at");

    @TempDir
    Path folder;

    @Test
    void everyDefaultTheSampleShowsIsTheOneTheEngineApplies() throws IOException {
        List<String> shown = new ArrayList<>();
        List<String> written = new ArrayList<>();
        for (String line : Files.readAllLines(SAMPLE)) {
            Matcher matcher = SHOWN_DEFAULT.matcher(line);
            if (matcher.matches() && !EXAMPLES.contains(matcher.group(1))) {
                shown.add(matcher.group(1));
                written.add(line.substring(1));
            } else {
                written.add(line);
            }
        }
        Path withDefaultsWritten = folder.resolve("crm-sync.properties");
        Files.write(withDefaultsWritten, written);

        EngineSettings shipped = EngineSettings.from(ConfigSource.load(SAMPLE, Map.of()));
        EngineSettings spelledOut = EngineSettings.from(ConfigSource.load(withDefaultsWritten, Map.of()));

        assertThat(shown).as("defaults the sample shows").hasSizeGreaterThanOrEqualTo(18)
                .contains("integration.main.timeout", "integration.main.conflict-policy", "crm.db.pool-size");
        assertThat(spelledOut).isEqualTo(shipped);
    }
}
