package dev.passerelle.bench;

import java.util.List;

/**
 * One measured figure of the benchmark, next to its target (BENCHMARKS.md) when it has one.
 *
 * @param section the measurement it belongs to (first sync, memory, delta, ApplyChanges, RTDV)
 * @param name    what was measured
 * @param value   the measured value, in {@code unit}; the median of {@code runs} when the measurement was repeated
 * @param unit    the unit of {@code value}
 * @param bound   what the value is held to
 * @param runs    the value of each run, in run order, when the measurement was repeated; empty otherwise
 */
record Figure(String section, String name, double value, String unit, Bound bound, List<Double> runs) {

    /** Whether a figure meets its target. */
    enum Verdict {
        PASS, MISS, NONE
    }

    /**
     * A figure's target: none, a limit the value must not exceed or fall below, or a run that must
     * complete (value 1 when it did, 0 when it did not).
     */
    record Bound(Kind kind, double limit) {

        enum Kind {
            NONE, AT_MOST, AT_LEAST, COMPLETES
        }

        static final Bound NONE = new Bound(Kind.NONE, 0);
        static final Bound COMPLETES = new Bound(Kind.COMPLETES, 0);

        boolean met(double value) {
            return switch (kind) {
                case NONE -> true;
                case AT_MOST -> value <= limit;
                case AT_LEAST -> value >= limit;
                case COMPLETES -> value >= 1;
            };
        }

        String text(String unit) {
            return switch (kind) {
                case NONE -> "";
                case AT_MOST -> "<= " + Numbers.format(limit) + " " + unit;
                case AT_LEAST -> ">= " + Numbers.format(limit) + " " + unit;
                case COMPLETES -> "completes";
            };
        }
    }

    Figure {
        runs = List.copyOf(runs);
    }

    Figure(String section, String name, double value, String unit, Bound bound) {
        this(section, name, value, unit, bound, List.of());
    }

    static Figure info(String section, String name, double value, String unit) {
        return new Figure(section, name, value, unit, Bound.NONE);
    }

    static Figure atMost(String section, String name, double value, String unit, double limit) {
        return new Figure(section, name, value, unit, new Bound(Bound.Kind.AT_MOST, limit));
    }

    static Figure atLeast(String section, String name, double value, String unit, double floor) {
        return new Figure(section, name, value, unit, new Bound(Bound.Kind.AT_LEAST, floor));
    }

    static Figure completes(String section, String name, boolean completed) {
        return new Figure(section, name, completed ? 1 : 0, completed ? "yes" : "no", Bound.COMPLETES);
    }

    /** The target as text ("<= 20 s"), empty when the figure is informative only. */
    String target() {
        return bound.text(unit);
    }

    /** Whether the value (the median, for a repeated measurement) meets the target. */
    Verdict verdict() {
        return bound.kind() == Bound.Kind.NONE ? Verdict.NONE : bound.met(value) ? Verdict.PASS : Verdict.MISS;
    }

    /** The runs that met the target, of a repeated measurement. */
    long runsMet() {
        return runs.stream().filter(bound::met).count();
    }

    /** The key that names the same figure in every run: section and name. */
    String key() {
        return section + "/" + name;
    }
}
