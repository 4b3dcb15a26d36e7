package dev.passerelle.launcher.bench;

/**
 * One measured figure of the benchmark, next to its target from issue 7 when it has one.
 *
 * @param section  the measurement it belongs to (first sync, memory, delta, ApplyChanges, RTDV)
 * @param name     what was measured
 * @param value    the measured value, in {@code unit}
 * @param unit     the unit of {@code value}
 * @param target   the target as text ("<= 20 s"), empty when the figure is informative only
 * @param verdict  whether the target is met; {@link Verdict#NONE} when there is no target
 */
record Figure(String section, String name, double value, String unit, String target, Verdict verdict) {

    /** Whether a figure meets its target. */
    enum Verdict {
        PASS, MISS, NONE
    }

    static Figure info(String section, String name, double value, String unit) {
        return new Figure(section, name, value, unit, "", Verdict.NONE);
    }

    static Figure atMost(String section, String name, double value, String unit, double limit) {
        return new Figure(section, name, value, unit, "<= " + Numbers.format(limit) + " " + unit,
                value <= limit ? Verdict.PASS : Verdict.MISS);
    }

    static Figure atLeast(String section, String name, double value, String unit, double floor) {
        return new Figure(section, name, value, unit, ">= " + Numbers.format(floor) + " " + unit,
                value >= floor ? Verdict.PASS : Verdict.MISS);
    }
}
