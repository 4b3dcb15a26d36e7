package dev.passerelle.bench.chaos;

import java.util.ArrayList;
import java.util.List;

/**
 * What a trial changed before its run, so that the comparison can tell an edit or a delete that did
 * not reach the other side, and count the records it made: a changed field (its record, side and new
 * value), a removed record (with its counterpart on the other side when it had one) and a marker (a
 * value only one new record carries, which must be on each side exactly once). Immutable.
 */
record Expectations(List<Edit> edits, List<Removal> removals, List<Marker> markers) {

    Expectations {
        edits = List.copyOf(edits);
        removals = List.copyOf(removals);
        markers = List.copyOf(markers);
    }

    /** A field set to {@code value} on {@code side}, in the record {@code id} of that side. */
    record Edit(Entity entity, Side side, long id, String field, String value) {
    }

    /** The record {@code id} of {@code side} deleted; {@code counterpart} is its record on the other side, if any. */
    record Removal(Entity entity, Side side, long id, Long counterpart) {
    }

    /** A new record whose {@code field} holds {@code value}, a value no other record of either side holds. */
    record Marker(Entity entity, String field, String value) {
    }

    static Expectations none() {
        return new Expectations(List.of(), List.of(), List.of());
    }

    /** Collects the expectations of one preparation. Not thread-safe. */
    static final class Builder {
        private final List<Edit> edits = new ArrayList<>();
        private final List<Removal> removals = new ArrayList<>();
        private final List<Marker> markers = new ArrayList<>();

        Builder edit(Entity entity, Side side, long id, String field, String value) {
            edits.add(new Edit(entity, side, id, field, value));
            return this;
        }

        Builder removal(Entity entity, Side side, long id, Long counterpart) {
            removals.add(new Removal(entity, side, id, counterpart));
            return this;
        }

        Builder marker(Entity entity, String field, String value) {
            markers.add(new Marker(entity, field, value));
            return this;
        }

        Expectations build() {
            return new Expectations(edits, removals, markers);
        }
    }
}
