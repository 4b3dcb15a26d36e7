package dev.passerelle.common.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Raw configuration values of one program: a properties file, overridden key by key by environment
 * variables ({@code erp.db.url} is overridden by {@code PASSERELLE_ERP_DB_URL}). The typed getters
 * reject a bad value with a {@link ConfigException} that names the key. Immutable.
 */
public final class ConfigSource {

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private final Map<String, String> fileValues;
    private final Map<String, String> environment;

    private ConfigSource(Map<String, String> fileValues, Map<String, String> environment) {
        this.fileValues = Map.copyOf(fileValues);
        this.environment = Map.copyOf(environment);
    }

    /**
     * Reads {@code file} (when not null; it must then exist) and takes overrides from {@code environment}.
     */
    public static ConfigSource load(Path file, Map<String, String> environment) {
        Map<String, String> values = new HashMap<>();
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                throw new ConfigException("config file", "not found: " + file.toAbsolutePath());
            }
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException unreadable) {
                throw new ConfigException("config file", "cannot be read (" + unreadable.getMessage() + "): " + file);
            }
            properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key).trim()));
        }
        return new ConfigSource(values, environment);
    }

    /** Values given in code only, for tests and embedded use. */
    public static ConfigSource of(Map<String, String> values) {
        return new ConfigSource(values, Map.of());
    }

    /** The environment variable that overrides a key. */
    public static String environmentName(String key) {
        return "PASSERELLE_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The raw value of a key, environment first, empty values counting as absent. */
    public Optional<String> optional(String key) {
        String value = environment.get(environmentName(key));
        if (value == null) {
            value = fileValues.get(key);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public String string(String key, String defaultValue) {
        return optional(key).orElse(defaultValue);
    }

    public String required(String key) {
        return optional(key).orElseThrow(() -> new ConfigException(key, "is required (or set " + environmentName(key) + ")"));
    }

    public int integer(String key, int defaultValue, int min, int max) {
        Optional<String> raw = optional(key);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.get());
            if (value < min || value > max) {
                throw new ConfigException(key, "must be between " + min + " and " + max + ", was " + value);
            }
            return value;
        } catch (NumberFormatException notANumber) {
            throw new ConfigException(key, "must be a whole number, was '" + raw.get() + "'");
        }
    }

    public boolean bool(String key, boolean defaultValue) {
        Optional<String> raw = optional(key);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        return switch (raw.get().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new ConfigException(key, "must be true or false, was '" + raw.get() + "'");
        };
    }

    /** A duration written {@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 1d} or ISO-8601 ({@code PT30S}). */
    public Duration duration(String key, Duration defaultValue) {
        Optional<String> raw = optional(key);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        String text = raw.get().toLowerCase(Locale.ROOT);
        Matcher matcher = DURATION.matcher(text);
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            return switch (matcher.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        try {
            return Duration.parse(raw.get().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException notADuration) {
            throw new ConfigException(key, "must be a duration such as 30s, 5m or 2h, was '" + raw.get() + "'");
        }
    }

    /** A duration as {@link #duration(String, Duration)} reads it, refused outside {@code min} to {@code max}. */
    public Duration duration(String key, Duration defaultValue, Duration min, Duration max) {
        Duration value = duration(key, defaultValue);
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new ConfigException(key, "must be between " + text(min) + " and " + text(max) + ", was " + text(value));
        }
        return value;
    }

    private static String text(Duration duration) {
        return duration.toMillis() % 1000 != 0 ? duration.toMillis() + "ms" : duration.toSeconds() + "s";
    }

    /** A time of day written {@code HH:mm}; empty when not set. */
    public Optional<LocalTime> timeOfDay(String key) {
        return optional(key).map(raw -> {
            try {
                return LocalTime.parse(raw);
            } catch (DateTimeParseException notATime) {
                throw new ConfigException(key, "must be a time of day such as 02:30, was '" + raw + "'");
            }
        });
    }

    public <E extends Enum<E>> E enumValue(String key, Class<E> type, E defaultValue) {
        Optional<String> raw = optional(key);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        String wanted = raw.get().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        Set<String> allowed = new TreeSet<>();
        for (E constant : type.getEnumConstants()) {
            allowed.add(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        throw new ConfigException(key, "must be one of " + allowed + ", was '" + raw.get() + "'");
    }

    public Path path(String key, Path defaultValue) {
        return optional(key).map(Path::of).orElse(defaultValue);
    }

    /**
     * Rejects keys of the file that the program does not know, and environment variables whose names
     * start with one of {@code environmentPrefixes} (the program's own, such as {@code PASSERELLE_CRM_})
     * but override no key it knows, so that a typo does not silently leave a default in force.
     */
    public void rejectUnknownKeys(Collection<String> knownKeys, String... environmentPrefixes) {
        Set<String> unknown = new TreeSet<>(fileValues.keySet());
        unknown.removeAll(knownKeys);
        if (!unknown.isEmpty()) {
            throw new ConfigException(unknown.iterator().next(), "unknown key (known keys: " + new TreeSet<>(knownKeys) + ")");
        }
        Set<String> overridable = new TreeSet<>();
        knownKeys.forEach(key -> overridable.add(environmentName(key)));
        for (String variable : new TreeSet<>(environment.keySet())) {
            for (String prefix : environmentPrefixes) {
                if (variable.startsWith(prefix) && !overridable.contains(variable)) {
                    throw new ConfigException(variable, "this environment variable overrides no key (known: " + overridable + ")");
                }
            }
        }
    }
}
