package dev.passerelle.client.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A table of a listing command. As text, for a terminal: aligned columns, text left-aligned, columns
 * whose header ends with {@code >} (the marker is not printed) right-aligned, for amounts and counts;
 * a cell longer than {@value #WRAP} characters wraps onto the lines below within its column, so that
 * nothing a user needs to act on is cut. As JSON, for scripts: an array of objects, one per row, keyed
 * by the headers in snake case, numbers and booleans as such. Not thread-safe; build, then print.
 */
public final class Table {

    static final int WRAP = 60;

    private final List<String> headers = new ArrayList<>();
    private final boolean[] rightAligned;
    private final List<List<Object>> rows = new ArrayList<>();

    public Table(String... headers) {
        this.rightAligned = new boolean[headers.length];
        for (int column = 0; column < headers.length; column++) {
            rightAligned[column] = headers[column].endsWith(">");
            this.headers.add(rightAligned[column] ? headers[column].substring(0, headers[column].length() - 1) : headers[column]);
        }
    }

    public Table row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("a row of " + headers.size() + " cells, was " + cells.length);
        }
        rows.add(java.util.Arrays.stream(cells).map(cell -> cell == null ? (Object) "" : cell).toList());
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Prints the table as text or JSON. */
    public void print(PrintWriter out, OutputFormat format) {
        if (format == OutputFormat.JSON) {
            printJson(out);
        } else {
            print(out, "");
        }
    }

    public void print(PrintWriter out) {
        print(out, "");
    }

    /** Prints the table as text, each line after {@code indent}. */
    public void print(PrintWriter out, String indent) {
        List<List<List<String>>> wrapped = rows.stream().map(Table::wrap).toList();
        int[] widths = new int[headers.size()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = headers.get(column).length();
            for (List<List<String>> row : wrapped) {
                for (String piece : row.get(column)) {
                    widths[column] = Math.max(widths[column], piece.length());
                }
            }
        }
        line(out, indent, headers, widths);
        StringBuilder rule = new StringBuilder();
        for (int width : widths) {
            rule.append("-".repeat(width)).append("  ");
        }
        out.println(indent + rule.toString().stripTrailing());
        for (List<List<String>> row : wrapped) {
            int height = row.stream().mapToInt(List::size).max().orElse(1);
            for (int piece = 0; piece < height; piece++) {
                List<String> cells = new ArrayList<>();
                for (List<String> cell : row) {
                    cells.add(piece < cell.size() ? cell.get(piece) : "");
                }
                line(out, indent, cells, widths);
            }
        }
        out.flush();
    }

    private void line(PrintWriter out, String indent, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder(indent);
        for (int column = 0; column < widths.length; column++) {
            String format = "%" + (rightAligned[column] ? "" : "-") + widths[column] + "s";
            line.append(String.format(format, cells.get(column))).append("  ");
        }
        out.println(line.toString().stripTrailing());
    }

    /** Each cell of a row as its lines: its own line breaks kept, a line longer than {@value #WRAP} wrapped at spaces. */
    private static List<List<String>> wrap(List<Object> row) {
        return row.stream().map(cell -> {
            List<String> lines = new ArrayList<>();
            for (String text : cell.toString().split("\n", -1)) {
                while (text.length() > WRAP) {
                    int cut = text.lastIndexOf(' ', WRAP);
                    cut = cut <= 0 ? WRAP : cut;
                    lines.add(text.substring(0, cut));
                    text = text.substring(cut).stripLeading();
                }
                lines.add(text);
            }
            return lines;
        }).toList();
    }

    private void printJson(PrintWriter out) {
        out.println(json());
        out.flush();
    }

    /** The rows as a JSON array of objects keyed by the headers in snake case. */
    public String json() {
        StringBuilder json = new StringBuilder("[");
        for (int row = 0; row < rows.size(); row++) {
            json.append(row == 0 ? "\n  {" : ",\n  {");
            for (int column = 0; column < headers.size(); column++) {
                json.append(column == 0 ? "" : ", ").append(Json.string(key(headers.get(column)))).append(": ")
                        .append(Json.value(rows.get(row).get(column)));
            }
            json.append('}');
        }
        return json.append(rows.isEmpty() ? "]" : "\n]").toString();
    }

    /** A header as a JSON key: "CRM id" -> "crm_id", "started (UTC)" -> "started_utc". */
    static String key(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
