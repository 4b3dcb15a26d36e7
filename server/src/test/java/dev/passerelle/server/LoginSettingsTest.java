package dev.passerelle.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passerelle.common.config.ConfigException;
import dev.passerelle.common.config.ConfigSource;
import dev.passerelle.common.security.LoginLimits;
import dev.passerelle.server.security.Users;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The erp.auth.* keys: their defaults, their values, and the values refused at start. */
class LoginSettingsTest {

    private static ServerSettings read(Map<String, String> values) {
        return ServerSettings.fromConfig(ConfigSource.of(values), Users.builder().build());
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        assertThat(read(Map.of()).loginLimits()).isEqualTo(
                new LoginLimits(10, 50, Duration.ofMinutes(5), Duration.ofMillis(100), Duration.ofSeconds(2)));
    }

    @Test
    void everyKeyIsRead() {
        ServerSettings settings = read(Map.of("erp.auth.lockout-after", "5", "erp.auth.address-lockout-after", "0",
                "erp.auth.lockout-for", "15m", "erp.auth.first-delay", "250ms", "erp.auth.max-delay", "1s"));

        assertThat(settings.loginLimits()).isEqualTo(
                new LoginLimits(5, 0, Duration.ofMinutes(15), Duration.ofMillis(250), Duration.ofSeconds(1)));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "erp.auth.lockout-after, -1, erp.auth.lockout-after",
            "erp.auth.address-lockout-after, many, erp.auth.address-lockout-after",
            "erp.auth.lockout-for, 0s, erp.auth.lockout-for",
            "erp.auth.first-delay, 3s, erp.auth.first-delay",
            "erp.auth.max-delay, 50ms, erp.auth.first-delay",
            "erp.auth.max-delay, 11s, erp.auth.max-delay"})
    void aBadValueIsRefusedNamingItsKey(String key, String value, String refusedKey) {
        assertThatThrownBy(() -> read(Map.of(key, value))).isInstanceOfSatisfying(ConfigException.class,
                refused -> assertThat(refused.key()).isEqualTo(refusedKey));
    }
}
