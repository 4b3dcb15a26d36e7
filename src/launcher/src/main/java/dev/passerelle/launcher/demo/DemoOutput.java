package dev.passerelle.launcher.demo;

import dev.passerelle.client.cli.Table;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** How the demo talks to the person watching: numbered steps, indented lines, small tables. */
final class DemoOutput {

    private final PrintWriter out;
    private int step;

    DemoOutput(PrintWriter out) {
        this.out = out;
    }

    PrintWriter writer() {
        return out;
    }

    void title(String text) {
        out.println();
        out.println(text);
        out.println("=".repeat(text.length()));
        out.flush();
    }

    void step(String text) {
        step++;
        out.println();
        out.printf("%d. %s%n", step, text);
        out.flush();
    }

    void line(String format, Object... args) {
        out.printf(Locale.ROOT, "   " + format + "%n", args);
        out.flush();
    }

    void table(List<String> headers, List<List<String>> rows) {
        Table table = new Table(headers.toArray(String[]::new));
        rows.forEach(row -> table.row(row.toArray()));
        table.print(out, "   ");
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
