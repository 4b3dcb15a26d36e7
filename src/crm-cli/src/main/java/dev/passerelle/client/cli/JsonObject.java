package dev.passerelle.client.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A JSON object a command prints for scripts, members in the order they are put: values as {@link Json#value}
 * writes them (numbers and booleans as such, {@code null} as null, anything else as a string), objects and
 * tables nested as JSON. Not thread-safe; build, then print.
 */
final class JsonObject {

    private final List<String> members = new ArrayList<>();

    JsonObject put(String key, Object value) {
        return member(key, Json.value(value));
    }

    JsonObject put(String key, JsonObject object) {
        return member(key, object.toString());
    }

    /** A table as an array of objects keyed by its headers. */
    JsonObject put(String key, Table table) {
        return member(key, table.json());
    }

    private JsonObject member(String key, String json) {
        members.add(Json.string(key) + ": " + json);
        return this;
    }

    @Override
    public String toString() {
        return members.isEmpty() ? "{}" : "{\n" + String.join(",\n", members) + "\n}";
    }
}
