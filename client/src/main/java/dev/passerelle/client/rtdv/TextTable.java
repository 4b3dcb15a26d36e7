package dev.passerelle.client.rtdv;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table for the terminal: amounts and counts right-aligned, text left-aligned. */
final class TextTable {

    private static final int MAX_WIDTH = 48;

    private final List<String> headers;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    /** Headers ending with {@code >} name right-aligned columns (the marker is not printed). */
    TextTable(String... headers) {
        this.headers = new ArrayList<>();
        this.rightAligned = new boolean[headers.length];
        for (int index = 0; index < headers.length; index++) {
            rightAligned[index] = headers[index].endsWith(">");
            this.headers.add(rightAligned[index] ? headers[index].substring(0, headers[index].length() - 1) : headers[index]);
        }
    }

    TextTable row(Object... cells) {
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            String text = cell == null ? "" : cell.toString().replace('\n', ' ');
            row.add(text.length() > MAX_WIDTH ? text.substring(0, MAX_WIDTH - 1) + "…" : text);
        }
        rows.add(row);
        return this;
    }

    void print(PrintWriter out) {
        int[] widths = new int[headers.size()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = headers.get(column).length();
            for (List<String> row : rows) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        line(out, headers, widths);
        StringBuilder rule = new StringBuilder();
        for (int width : widths) {
            rule.append("-".repeat(width)).append("  ");
        }
        out.println(rule.toString().stripTrailing());
        rows.forEach(row -> line(out, row, widths));
        out.flush();
    }

    private void line(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int column = 0; column < widths.length; column++) {
            String format = "%" + (rightAligned[column] ? "" : "-") + widths[column] + "s";
            line.append(String.format(format, cells.get(column))).append("  ");
        }
        out.println(line.toString().stripTrailing());
    }
}
