package dev.passerelle.bench;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The benchmark's results, written as a markdown table and as JSON. A repeated measurement's figures
 * carry every run's value: the table gives their range and how many runs met the target, the JSON the
 * values themselves.
 */
final class BenchReport {

    private final Machine machine;
    private final int accounts;
    private final int repeat;
    private final List<Figure> figures;
    private final double loadAfter;

    BenchReport(Machine machine, int accounts, int repeat, List<Figure> figures, double loadAfter) {
        this.machine = machine;
        this.accounts = accounts;
        this.repeat = repeat;
        this.figures = figures.stream().sorted(java.util.Comparator.comparing(Figure::section)).toList();
        this.loadAfter = loadAfter;
    }

    List<Figure> figures() {
        return figures;
    }

    String markdown() {
        StringBuilder text = new StringBuilder("# Passerelle benchmark\n\n");
        text.append(String.format(Locale.ROOT, "N = %,d accounts; %d cores; %s of memory; max heap %,d MiB; Java %s; GC %s; JVM options %s; load average %.2f at start, %.2f at end%n%n",
                accounts, machine.cores(), gibibytes(machine.memoryBytes()), machine.maxHeapBytes() / (1024 * 1024), machine.javaVersion(),
                machine.collector(), machine.tuning().isEmpty() ? "(none)" : machine.tuning(), machine.loadAverage(), loadAfter));
        boolean repeated = figures.stream().anyMatch(figure -> !figure.runs().isEmpty());
        if (repeated) {
            text.append(String.format(Locale.ROOT, "%s ran %d times, each in a JVM of its own: each"
                    + " value is the median of the runs, and the target is held to it.%n%n", repeatedSections(), repeat));
            text.append("| section | figure | value | unit | target | result | runs: lowest - highest |\n"
                    + "|---|---|---:|---|---|---|---|\n");
        } else {
            text.append("| section | figure | value | unit | target | result |\n|---|---|---:|---|---|---|\n");
        }
        for (Figure figure : figures) {
            text.append("| ").append(figure.section()).append(" | ").append(figure.name()).append(" | ")
                    .append(Numbers.format(figure.value())).append(" | ").append(figure.unit()).append(" | ")
                    .append(figure.target()).append(" | ").append(mark(figure.verdict())).append(" |");
            if (repeated) {
                text.append(' ').append(runs(figure)).append(" |");
            }
            text.append('\n');
        }
        long missed = figures.stream().filter(figure -> figure.verdict() == Figure.Verdict.MISS).count();
        long met = figures.stream().filter(figure -> figure.verdict() == Figure.Verdict.PASS).count();
        return text.append(String.format(Locale.ROOT, "%nTargets: %d met, %d missed.%n", met, missed)).toString();
    }

    /** The sections whose figures were repeated, as a sentence names them: "Sections 1, 3, 4 and 5". */
    private String repeatedSections() {
        List<String> numbers = figures.stream().filter(figure -> !figure.runs().isEmpty())
                .map(figure -> figure.section().substring(0, figure.section().indexOf('.'))).distinct().toList();
        return numbers.size() == 1 ? "Section " + numbers.get(0) : "Sections "
                + String.join(", ", numbers.subList(0, numbers.size() - 1)) + " and " + numbers.get(numbers.size() - 1);
    }

    /** A repeated figure's lowest and highest run, and the runs that met its target; blank for a single run. */
    private static String runs(Figure figure) {
        if (figure.runs().isEmpty()) {
            return "";
        }
        double lowest = figure.runs().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double highest = figure.runs().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        String range = Numbers.format(lowest) + " - " + Numbers.format(highest);
        return figure.verdict() == Figure.Verdict.NONE ? range
                : String.format(Locale.ROOT, "%s; met in %d of %d", range, figure.runsMet(), figure.runs().size());
    }

    String json() {
        StringBuilder text = new StringBuilder("{\n");
        text.append("  \"machine\": {\"cores\": ").append(machine.cores()).append(", \"memoryBytes\": ")
                .append(machine.memoryBytes()).append(", \"maxHeapBytes\": ")
                .append(machine.maxHeapBytes()).append(", \"javaVersion\": ").append(quoted(machine.javaVersion()))
                .append(", \"collector\": ").append(quoted(machine.collector()))
                .append(", \"jvmTuning\": ").append(quoted(machine.tuning()))
                .append(", \"loadAverage\": ").append(number(machine.loadAverage())).append(", \"loadAverageAtEnd\": ")
                .append(number(loadAfter)).append("},\n");
        text.append("  \"accounts\": ").append(accounts).append(",\n  \"repeat\": ").append(repeat)
                .append(",\n  \"figures\": [\n");
        for (int index = 0; index < figures.size(); index++) {
            Figure figure = figures.get(index);
            text.append("    {\"section\": ").append(quoted(figure.section())).append(", \"name\": ")
                    .append(quoted(figure.name())).append(", \"value\": ").append(number(figure.value()))
                    .append(", \"unit\": ").append(quoted(figure.unit())).append(", \"target\": ")
                    .append(quoted(figure.target())).append(", \"result\": ")
                    .append(quoted(figure.verdict().name().toLowerCase(Locale.ROOT)));
            if (!figure.runs().isEmpty()) {
                text.append(", \"runs\": [").append(figure.runs().stream().map(BenchReport::number)
                        .collect(Collectors.joining(", "))).append(']');
            }
            text.append('}').append(index + 1 < figures.size() ? ",\n" : "\n");
        }
        return text.append("  ]\n}\n").toString();
    }

    private static String mark(Figure.Verdict verdict) {
        return switch (verdict) {
            case PASS -> "pass";
            case MISS -> "**MISS**";
            case NONE -> "";
        };
    }

    private static String gibibytes(long bytes) {
        return bytes < 0 ? "unknown amount" : String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
    }

    private static String number(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.6g", value) : "null";
    }

    private static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char character : text.toCharArray()) {
            switch (character) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (character < 0x20) {
                        quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) character));
                    } else {
                        quoted.append(character);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
