package dev.passerelle.client.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import dev.passerelle.common.config.ConfigException;
import dev.passerelle.common.config.ConfigSource;
import java.time.Duration;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EngineSettingsTest {

    private static Map<String, String> minimal() {
        Map<String, String> values = new HashMap<>();
        values.put("integration.main.erp.url", "http://erp.example:8080/passerelle/v1");
        values.put("integration.main.erp.user", "sync");
        values.put("integration.main.erp.password", "s3cret");
        return values;
    }

    @Test
    void defaultsApplyWhenOnlyTheErpIsGiven() {
        EngineSettings settings = EngineSettings.from(ConfigSource.of(minimal()));

        IntegrationSettings main = settings.integration("main");
        assertThat(main.interval()).isEqualTo(Duration.ofMinutes(60));
        assertThat(main.codeMode()).isEqualTo(CodeMode.ERP);
        assertThat(main.transferMode()).isEqualTo(TransferMode.MANUAL);
        assertThat(main.switches()).isEqualTo(IntegrationSettings.SyncSwitches.all());
        assertThat(main.conflictPolicy()).isEqualTo(dev.passerelle.client.conflict.ConflictPolicy.ERP_WINS);
        assertThat(settings.store().jdbcUrl()).startsWith("jdbc:h2:file:");
        assertThat(main.toString()).doesNotContain("s3cret");
    }

    @Test
    void severalIntegrationsFeedOneStore() {
        Map<String, String> values = minimal();
        values.put("integrations", "main, north");
        values.put("integration.north.erp.url", "https://north.example/passerelle/v1");
        values.put("integration.north.erp.user", "sync");
        values.put("integration.north.erp.password", "x");
        values.put("integration.north.full-resync-at", "02:30");
        values.put("integration.north.sync.suppliers", "false");
        values.put("integration.north.conflict-policy", "CRM_WINS");

        EngineSettings settings = EngineSettings.from(ConfigSource.of(values));

        assertThat(settings.integrations()).containsOnlyKeys("main", "north");
        assertThat(settings.integration("north").fullResyncAt()).contains(LocalTime.of(2, 30));
        assertThat(settings.integration("north").switches().suppliers()).isFalse();
        assertThat(settings.integration("north").conflictPolicy()).isEqualTo(dev.passerelle.client.conflict.ConflictPolicy.CRM_WINS);
        assertThat(settings.integration("main").conflictPolicy()).isEqualTo(dev.passerelle.client.conflict.ConflictPolicy.ERP_WINS);
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                argumentSet("URL that is not http", "integration.main.erp.url", "ftp://erp"),
                argumentSet("time-out that is not a duration", "integration.main.timeout", "soon"),
                argumentSet("unknown code mode", "integration.main.code-mode", "random"),
                argumentSet("suffix with lower case", "integration.main.code-suffix", "fr"),
                argumentSet("daily time that is not a time", "integration.main.full-resync-at", "25:99"),
                argumentSet("switch that is not a boolean", "integration.main.sync.contacts", "maybe"),
                argumentSet("unknown conflict policy", "integration.main.conflict-policy", "newest-wins"),
                argumentSet("page size out of range", "integration.main.page-size", "0"),
                argumentSet("store URL of an unknown database", "crm.db.url", "jdbc:oracle:thin:@x"),
                argumentSet("misspelt key", "integration.main.sync.contact", "true"));
    }

    @ParameterizedTest
    @MethodSource("badValues")
    void badValueIsRefusedNamingTheKey(String key, String value) {
        Map<String, String> values = minimal();
        values.put(key, value);

        assertThatThrownBy(() -> EngineSettings.from(ConfigSource.of(values)))
                .isInstanceOf(ConfigException.class).hasMessageContaining(key);
    }

    @Test
    void missingPasswordIsRefusedNamingItsEnvironmentVariable() {
        Map<String, String> values = minimal();
        values.remove("integration.main.erp.password");

        assertThatThrownBy(() -> EngineSettings.from(ConfigSource.of(values)))
                .hasMessageContaining("integration.main.erp.password")
                .hasMessageContaining("PASSERELLE_INTEGRATION_MAIN_ERP_PASSWORD");
    }
}
