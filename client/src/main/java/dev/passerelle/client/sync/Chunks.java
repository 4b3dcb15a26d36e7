package dev.passerelle.client.sync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Splits the lists bound into {@code IN (...)} lookups. H2 re-checks a bound IN list linearly for
 * every row it finds, so a page-sized list costs page x page comparisons; SQL Server accepts at most
 * 2,100 parameters. Lists of 100 keep both cheap. Every chunk has exactly {@link #SIZE} values (the
 * last one is padded by repeating its last value, which an IN list ignores), so that each lookup has
 * one SQL text that the database plans once and then finds in its statement cache; a new list length
 * would be a new statement, planned again (BENCHMARKS.md, decisions in force: "fixed-length IN lists").
 */
final class Chunks {

    static final int SIZE = 100;

    private Chunks() {
    }

    static <T> List<List<T>> of(Collection<T> values) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SIZE) {
            List<T> chunk = new ArrayList<>(all.subList(from, Math.min(all.size(), from + SIZE)));
            T last = chunk.get(chunk.size() - 1);
            while (chunk.size() < SIZE) {
                chunk.add(last);
            }
            chunks.add(chunk);
        }
        return chunks;
    }
}
