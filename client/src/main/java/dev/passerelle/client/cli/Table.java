package dev.passerelle.client.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns, for terminal output: text left-aligned, columns whose
 * header ends with {@code >} (the marker is not printed) right-aligned, for amounts and counts.
 * Cells longer than 60 characters are cut with an ellipsis. Not thread-safe; build, then print.
 */
public final class Table {

    private static final int MAX_WIDTH = 60;

    private final List<String> headers = new ArrayList<>();
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    public Table(String... headers) {
        this.rightAligned = new boolean[headers.length];
        for (int column = 0; column < headers.length; column++) {
            rightAligned[column] = headers[column].endsWith(">");
            this.headers.add(rightAligned[column] ? headers[column].substring(0, headers[column].length() - 1) : headers[column]);
        }
    }

    public Table row(Object... cells) {
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            String text = cell == null ? "" : cell.toString().replace('\n', ' ');
            row.add(text.length() > MAX_WIDTH ? text.substring(0, MAX_WIDTH - 1) + "…" : text);
        }
        rows.add(row);
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Prints the table, each line after {@code indent}. */
    public void print(PrintWriter out, String indent) {
        int[] widths = new int[headers.size()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = headers.get(column).length();
            for (List<String> row : rows) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        line(out, indent, headers, widths);
        StringBuilder rule = new StringBuilder();
        for (int width : widths) {
            rule.append("-".repeat(width)).append("  ");
        }
        out.println(indent + rule.toString().stripTrailing());
        rows.forEach(row -> line(out, indent, row, widths));
        out.flush();
    }

    public void print(PrintWriter out) {
        print(out, "");
    }

    private void line(PrintWriter out, String indent, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder(indent);
        for (int column = 0; column < widths.length; column++) {
            String format = "%" + (rightAligned[column] ? "" : "-") + widths[column] + "s";
            line.append(String.format(format, cells.get(column))).append("  ");
        }
        out.println(line.toString().stripTrailing());
    }
}
