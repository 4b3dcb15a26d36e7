package dev.passerelle.launcher.bench;

import java.util.List;
import java.util.Locale;

/** The benchmark's results, written as a markdown table and as JSON. */
final class BenchReport {

    private final Machine machine;
    private final int accounts;
    private final List<Figure> figures;
    private final double loadAfter;

    BenchReport(Machine machine, int accounts, List<Figure> figures, double loadAfter) {
        this.machine = machine;
        this.accounts = accounts;
        this.figures = figures.stream().sorted(java.util.Comparator.comparing(Figure::section)).toList();
        this.loadAfter = loadAfter;
    }

    List<Figure> figures() {
        return figures;
    }

    String markdown() {
        StringBuilder text = new StringBuilder("# Passerelle benchmark\n\n");
        text.append(String.format(Locale.ROOT, "N = %,d accounts; %d cores; max heap %,d MiB; Java %s; GC %s; JVM options %s; load average %.2f at start, %.2f at end%n%n",
                accounts, machine.cores(), machine.maxHeapBytes() / (1024 * 1024), machine.javaVersion(),
                machine.collector(), machine.tuning().isEmpty() ? "(none)" : machine.tuning(), machine.loadAverage(), loadAfter));
        text.append("| section | figure | value | unit | target | result |\n|---|---|---:|---|---|---|\n");
        for (Figure figure : figures) {
            text.append("| ").append(figure.section()).append(" | ").append(figure.name()).append(" | ")
                    .append(Numbers.format(figure.value())).append(" | ").append(figure.unit()).append(" | ")
                    .append(figure.target()).append(" | ").append(mark(figure.verdict())).append(" |\n");
        }
        long missed = figures.stream().filter(figure -> figure.verdict() == Figure.Verdict.MISS).count();
        long met = figures.stream().filter(figure -> figure.verdict() == Figure.Verdict.PASS).count();
        return text.append(String.format(Locale.ROOT, "%nTargets: %d met, %d missed.%n", met, missed)).toString();
    }

    String json() {
        StringBuilder text = new StringBuilder("{\n");
        text.append("  \"machine\": {\"cores\": ").append(machine.cores()).append(", \"maxHeapBytes\": ")
                .append(machine.maxHeapBytes()).append(", \"javaVersion\": ").append(quoted(machine.javaVersion()))
                .append(", \"collector\": ").append(quoted(machine.collector()))
                .append(", \"jvmTuning\": ").append(quoted(machine.tuning()))
                .append(", \"loadAverage\": ").append(number(machine.loadAverage())).append(", \"loadAverageAtEnd\": ")
                .append(number(loadAfter)).append("},\n");
        text.append("  \"accounts\": ").append(accounts).append(",\n  \"figures\": [\n");
        for (int index = 0; index < figures.size(); index++) {
            Figure figure = figures.get(index);
            text.append("    {\"section\": ").append(quoted(figure.section())).append(", \"name\": ")
                    .append(quoted(figure.name())).append(", \"value\": ").append(number(figure.value()))
                    .append(", \"unit\": ").append(quoted(figure.unit())).append(", \"target\": ")
                    .append(quoted(figure.target())).append(", \"result\": ")
                    .append(quoted(figure.verdict().name().toLowerCase(Locale.ROOT))).append('}')
                    .append(index + 1 < figures.size() ? ",\n" : "\n");
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
