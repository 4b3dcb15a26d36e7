package dev.passerelle.launcher.demo;

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
        int[] widths = new int[headers.size()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = headers.get(column).length();
            for (List<String> row : rows) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        printRow(headers, widths);
        StringBuilder rule = new StringBuilder();
        for (int width : widths) {
            rule.append("-".repeat(width)).append("  ");
        }
        out.println("   " + rule.toString().stripTrailing());
        rows.forEach(row -> printRow(row, widths));
        out.flush();
    }

    private void printRow(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder("   ");
        for (int column = 0; column < cells.size(); column++) {
            line.append(String.format(Locale.ROOT, "%-" + widths[column] + "s  ", cells.get(column)));
        }
        out.println(line.toString().stripTrailing());
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
