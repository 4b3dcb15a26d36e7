package dev.passerelle.client.admin;

import dev.passerelle.client.run.EngineException;
import java.util.List;

/**
 * One page of a listing read with SQL {@code OFFSET ... FETCH NEXT} (valid on SQL Server and H2): its
 * rows, the number of rows the whole listing has, and where the page starts. Immutable.
 */
public record Paged<T>(List<T> rows, long total, int offset, int limit) {

    public Paged {
        rows = List.copyOf(rows);
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("a page starts at 0 or later and holds at least one row");
        }
    }

    /** Checks a page asked for: a typed refusal for an offset before the start or a size out of 1 to {@code max}. */
    public static void check(int offset, int limit, int max) {
        if (offset < 0) {
            throw new EngineException.BadRequest("a page starts at row 0 or later, was " + offset);
        }
        if (limit < 1 || limit > max) {
            throw new EngineException.BadRequest("a page holds 1 to " + max + " rows, was " + limit);
        }
    }

    public boolean hasPrevious() {
        return offset > 0;
    }

    public boolean hasNext() {
        return offset + rows.size() < total;
    }
}
