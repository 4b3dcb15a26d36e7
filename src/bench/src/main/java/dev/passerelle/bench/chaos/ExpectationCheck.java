package dev.passerelle.bench.chaos;

import java.util.Map;
import java.util.Optional;

/**
 * Checks what a trial changed before its run: an edited field holds its new value on both sides
 * (else the edit is LOST: undone on its own side, or not on the other), a deleted record is gone
 * from both (else LOST), and each marker is on each side exactly once (missing: LOST, more: DUPLICATED).
 */
final class ExpectationCheck {

    private final Snapshot snapshot;
    private final Findings findings;

    ExpectationCheck(Snapshot snapshot, Findings findings) {
        this.snapshot = snapshot;
        this.findings = findings;
    }

    void run(Expectations expectations) {
        expectations.edits().forEach(this::edit);
        expectations.removals().forEach(this::removal);
        expectations.markers().forEach(this::marker);
    }

    private void edit(Expectations.Edit edit) {
        String subject = "edit of " + edit.side() + " " + edit.entity().noun() + " " + edit.id() + " " + edit.field();
        Row own = snapshot.rows(edit.side(), edit.entity()).get(edit.id());
        if (own == null) {
            findings.lost(subject, "the record is no longer in the " + edit.side());
            return;
        }
        if (!own.hasValue(edit.field(), edit.value())) {
            findings.lost(subject, "'" + edit.value() + "' undone in the " + edit.side() + ", which has '"
                    + own.field(edit.field()) + "'");
        }
        Optional<Row> other = snapshot.identities().counterpart(edit.entity(), edit.side(), edit.id())
                .map(snapshot.rows(edit.side().other(), edit.entity())::get);
        if (other.isEmpty()) {
            findings.lost(subject, "the record has no counterpart in the " + edit.side().other());
        } else if (!other.get().hasValue(edit.field(), edit.value())) {
            findings.lost(subject, "'" + edit.value() + "' not in the " + edit.side().other() + ", which has '"
                    + other.get().field(edit.field()) + "' in " + edit.entity().noun() + " " + other.get().id());
        }
    }

    private void removal(Expectations.Removal removal) {
        String subject = "delete of " + removal.side() + " " + removal.entity().noun() + " " + removal.id();
        if (snapshot.rows(removal.side(), removal.entity()).containsKey(removal.id())) {
            findings.lost(subject, "the record is in the " + removal.side() + " again");
        }
        if (removal.counterpart() != null
                && snapshot.rows(removal.side().other(), removal.entity()).containsKey(removal.counterpart())) {
            findings.lost(subject, "its counterpart, " + removal.side().other() + " " + removal.entity().noun() + " "
                    + removal.counterpart() + ", is still there");
        }
    }

    private void marker(Expectations.Marker marker) {
        for (Side side : Side.values()) {
            String subject = "marker " + marker.entity().noun() + " '" + marker.value() + "' in the " + side;
            Map<Long, Row> rows = snapshot.rows(side, marker.entity());
            long count = rows.values().stream().filter(row -> row.hasValue(marker.field(), marker.value())).count();
            if (count == 0) {
                findings.lost(subject, "missing");
            } else if (count > 1) {
                findings.duplicated(subject, count + " records have it");
            }
        }
    }
}
