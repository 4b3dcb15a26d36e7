package dev.passerelle.bench.chaos;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a comparison found wrong, each finding once per subject (a record, a field of a pair, an
 * edit, a marker name): LOST (a record or a value on one side only, or different on the two), DUPLICATED
 * (a record twice on one side, or mapped twice), UNSETTLED (CRM changes still waiting in the outbox or
 * the error queue). One wrong record can fail several checks, so the counts are of findings, not of
 * records. Not thread-safe.
 */
final class Findings {

    enum Kind { LOST, DUPLICATED, UNSETTLED }

    record Finding(Kind kind, String subject, String message) {

        @Override
        public String toString() {
            return kind + " " + subject + ": " + message;
        }
    }

    private final Map<String, Finding> bySubject = new LinkedHashMap<>();

    void lost(String subject, String message) {
        add(new Finding(Kind.LOST, subject, message));
    }

    void duplicated(String subject, String message) {
        add(new Finding(Kind.DUPLICATED, subject, message));
    }

    void unsettled(String subject, String message) {
        add(new Finding(Kind.UNSETTLED, subject, message));
    }

    long count(Kind kind) {
        return bySubject.values().stream().filter(finding -> finding.kind() == kind).count();
    }

    /** Whether the two sides are equal: nothing lost, duplicated or unsettled. */
    boolean clean() {
        return bySubject.isEmpty();
    }

    List<Finding> all() {
        return new ArrayList<>(bySubject.values());
    }

    /**
     * The findings grouped by kind and subject with its ids left out ("LOST CRM contact #"), each group
     * with its size and its first finding: what went wrong, in a few lines however many records it hit.
     */
    List<String> summary() {
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        for (Finding finding : bySubject.values()) {
            String shape = finding.kind() + " " + finding.subject().replaceAll("'[^']*'", "'…'").replaceAll("\\d+", "#");
            groups.computeIfAbsent(shape, any -> new ArrayList<>()).add(finding);
        }
        List<String> lines = new ArrayList<>();
        groups.forEach((shape, findings) -> lines.add(String.format("%s: %d, first: %s", shape, findings.size(),
                findings.get(0))));
        return lines;
    }

    private void add(Finding finding) {
        bySubject.putIfAbsent(finding.subject(), finding);
    }
}
