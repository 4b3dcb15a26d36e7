package dev.passerelle.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigSourceTest {

    enum Mode { FREE_ENTRY, ERP_NUMBERING }

    @TempDir
    Path folder;

    @Test
    void environmentOverridesTheFileKeyByKey() throws Exception {
        Path file = folder.resolve("app.properties");
        Files.writeString(file, "erp.port=8080\nerp.name=from file\n");

        ConfigSource source = ConfigSource.load(file, Map.of("PASSERELLE_ERP_PORT", "9090"));

        assertThat(source.integer("erp.port", 1, 0, 65535)).isEqualTo(9090);
        assertThat(source.string("erp.name", "default")).isEqualTo("from file");
        assertThat(source.string("erp.other", "default")).isEqualTo("default");
    }

    @Test
    void typedValuesAreParsed() {
        ConfigSource source = ConfigSource.of(Map.of(
                "timeout", "30s", "interval", "PT5M", "daily", "02:30", "mode", "erp-numbering", "on", "yes"));

        assertThat(source.duration("timeout", Duration.ZERO)).isEqualTo(Duration.ofSeconds(30));
        assertThat(source.duration("interval", Duration.ZERO)).isEqualTo(Duration.ofMinutes(5));
        assertThat(source.timeOfDay("daily")).contains(LocalTime.of(2, 30));
        assertThat(source.enumValue("mode", Mode.class, Mode.FREE_ENTRY)).isEqualTo(Mode.ERP_NUMBERING);
        assertThat(source.bool("on", false)).isTrue();
    }

    @Test
    void badValuesNameTheirKey() {
        ConfigSource source = ConfigSource.of(Map.of("port", "eighty", "range", "70000", "mode", "sideways",
                "timeout", "soon", "flag", "maybe"));

        assertThatThrownBy(() -> source.integer("port", 1, 0, 65535)).hasMessageStartingWith("port: must be a whole number");
        assertThatThrownBy(() -> source.integer("range", 1, 0, 65535)).hasMessageStartingWith("range: must be between 0 and 65535");
        assertThatThrownBy(() -> source.enumValue("mode", Mode.class, Mode.FREE_ENTRY))
                .hasMessageStartingWith("mode: must be one of [erp-numbering, free-entry]");
        assertThatThrownBy(() -> source.duration("timeout", Duration.ZERO)).hasMessageStartingWith("timeout: must be a duration");
        assertThatThrownBy(() -> source.bool("flag", false)).hasMessageStartingWith("flag: must be true or false");
        assertThatThrownBy(() -> source.required("absent")).hasMessageContaining("PASSERELLE_ABSENT");
    }

    @Test
    void unknownKeysOfTheFileAreRejected() throws Exception {
        Path file = folder.resolve("app.properties");
        Files.writeString(file, "erp.port=8080\nerp.prot=8081\n");

        ConfigSource source = ConfigSource.load(file, Map.of());

        assertThatThrownBy(() -> source.rejectUnknownKeys(List.of("erp.port")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("erp.prot: unknown key");
    }

    @Test
    void environmentVariablesOfTheProgramThatOverrideNoKeyAreRejected() {
        ConfigSource source = ConfigSource.load(null, Map.of("PASSERELLE_ERP_PORT", "8080", "PASSERELLE_ERP_PROT", "8081",
                "PASSERELLE_CRM_DB_URL", "jdbc:h2:mem:x", "PASSERELLE_LOG_FORMAT", "json"));

        assertThatThrownBy(() -> source.rejectUnknownKeys(List.of("erp.port"), "PASSERELLE_ERP_"))
                .isInstanceOfSatisfying(ConfigException.class, refused -> assertThat(refused.key()).isEqualTo("PASSERELLE_ERP_PROT"));
        source.rejectUnknownKeys(List.of("erp.port", "erp.prot"), "PASSERELLE_ERP_");
    }

    @Test
    void aDurationOutOfItsBoundsNamesTheBoundsAndTheKey() {
        ConfigSource source = ConfigSource.of(Map.of("timeout", "0s", "interval", "500ms"));

        assertThatThrownBy(() -> source.duration("timeout", Duration.ofSeconds(30), Duration.ofMillis(100), Duration.ofHours(1)))
                .hasMessage("timeout: must be between 100ms and 3600s, was 0s");
        assertThat(source.duration("interval", Duration.ZERO, Duration.ofMillis(100), Duration.ofHours(1)))
                .isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void aMissingFileIsAnError() {
        assertThatThrownBy(() -> ConfigSource.load(folder.resolve("absent.properties"), Map.of()))
                .hasMessageContaining("not found");
    }
}
