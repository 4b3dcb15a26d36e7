package dev.passerelle.client.sync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Splits the lists bound into {@code IN (...)} lookups. H2 re-checks a bound IN list linearly for
 * every row it finds, so a page-sized list costs page x page comparisons; SQL Server accepts at most
 * 2,100 parameters. Lists of 100 keep both cheap.
 */
final class Chunks {

    static final int SIZE = 100;

    private Chunks() {
    }

    static <T> List<List<T>> of(Collection<T> values) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SIZE) {
            chunks.add(all.subList(from, Math.min(all.size(), from + SIZE)));
        }
        return chunks;
    }
}
