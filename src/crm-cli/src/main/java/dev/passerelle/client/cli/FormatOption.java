package dev.passerelle.client.cli;

import picocli.CommandLine.Option;

/** The {@code --format} option of the listing commands. */
public final class FormatOption {

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text (a table, the default) or json (an array of objects, for scripts).",
            converter = FormatOption.Converter.class)
    OutputFormat format = OutputFormat.TEXT;

    public OutputFormat format() {
        return format;
    }

    /** Reads "text" and "json" in any case. */
    static final class Converter implements picocli.CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            return OutputFormat.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        }
    }
}
