package dev.passerelle.bench;

import java.util.Optional;

/**
 * How a child JVM of a repeated benchmark hands its figures to the benchmark that started it: one
 * line a figure in a file it writes in UTF-8 ({@link SyncChild}), {@value #PREFIX} then the section,
 * name, value, unit, kind of target and limit, separated by tabs. Values are written so that they
 * read back exactly.
 */
final class FigureLines {

    static final String PREFIX = "BENCH-FIGURE";
    private static final String SEPARATOR = "\t";

    private FigureLines() {
    }

    static String line(Figure figure) {
        for (String text : new String[] {figure.section(), figure.name(), figure.unit()}) {
            if (text.contains(SEPARATOR) || text.contains("\n") || text.contains("\r")) {
                throw new IllegalArgumentException("a figure's section, name and unit hold no tab or line break: " + text);
            }
        }
        return String.join(SEPARATOR, PREFIX, figure.section(), figure.name(), Double.toString(figure.value()),
                figure.unit(), figure.bound().kind().name(), Double.toString(figure.bound().limit()));
    }

    /** The figure of a line written by {@link #line}; empty for any other line. */
    static Optional<Figure> parse(String line) {
        if (!line.startsWith(PREFIX + SEPARATOR)) {
            return Optional.empty();
        }
        String[] parts = line.split(SEPARATOR, -1);
        if (parts.length != 7) {
            throw new BenchFailure("a child's figure line has " + parts.length + " fields, not 7: " + line);
        }
        try {
            Figure.Bound bound = new Figure.Bound(Figure.Bound.Kind.valueOf(parts[5]), Double.parseDouble(parts[6]));
            return Optional.of(new Figure(parts[1], parts[2], Double.parseDouble(parts[3]), parts[4], bound));
        } catch (IllegalArgumentException malformed) {
            throw new BenchFailure("a child's figure line does not read: " + line);
        }
    }
}
