package dev.passerelle.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of a measurement made several times, one figure of each kind: its median over the
 * runs, held to the target, with every run's value beside it.
 */
final class Repeats {

    private Repeats() {
    }

    /**
     * Combines the runs' figures, in the order of the first run. Every run must have produced the same
     * figures (the same plan makes the same names); one that did not is a failure of the benchmark.
     */
    static List<Figure> combine(List<List<Figure>> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs to combine");
        }
        Map<String, List<Figure>> byKey = new LinkedHashMap<>();
        for (Figure figure : runs.get(0)) {
            if (byKey.put(figure.key(), new ArrayList<>(List.of(figure))) != null) {
                throw new BenchFailure("run 1 produced a figure twice: " + figure.key());
            }
        }
        for (int run = 1; run < runs.size(); run++) {
            List<Figure> figures = runs.get(run);
            if (figures.size() != byKey.size()) {
                throw new BenchFailure("run " + (run + 1) + " produced " + figures.size() + " figures, the first run "
                        + byKey.size());
            }
            for (Figure figure : figures) {
                List<Figure> same = byKey.get(figure.key());
                if (same == null || same.size() != run) {
                    throw new BenchFailure("run " + (run + 1) + " produced a figure the first run did not, or twice: "
                            + figure.key());
                }
                same.add(figure);
            }
        }
        List<Figure> combined = new ArrayList<>();
        for (List<Figure> same : byKey.values()) {
            Figure first = same.get(0);
            List<Double> values = same.stream().map(Figure::value).toList();
            combined.add(new Figure(first.section(), first.name(), median(values), first.unit(), first.bound(), values));
        }
        return combined;
    }

    /** The middle value, or the mean of the two middle values of an even count. */
    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
