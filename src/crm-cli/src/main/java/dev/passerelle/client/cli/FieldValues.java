package dev.passerelle.client.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The {@code --set FIELD=VALUE} options of the edit commands; an empty value clears the field. */
public final class FieldValues {

    @Option(names = "--set", paramLabel = "FIELD=VALUE", mapFallbackValue = "",
            description = "A field and its value, repeatable (name=..., billing.city=..., phone.MAIN=...); FIELD= clears it.")
    Map<String, String> values = new LinkedHashMap<>();

    /** The fields in the order given, an empty value as null (cleared). */
    Map<String, String> values() {
        Map<String, String> given = new LinkedHashMap<>();
        values.forEach((field, value) -> given.put(field.trim(), value == null || value.isEmpty() ? null : value));
        return given;
    }
}
