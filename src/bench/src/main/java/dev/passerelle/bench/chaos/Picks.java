package dev.passerelle.bench.chaos;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Draws records for a trial's edits from a seeded {@link Random}: the same seed and the same
 * template draw the same records. Records taken by {@link #take} are not drawn again, so that no
 * record is both edited and deleted. Not thread-safe.
 */
final class Picks<T> {

    private final List<T> left;
    private final List<T> all;
    private final Random random;

    /** {@code candidates} in a stable order (by id), so that the draw depends on the seed alone. */
    Picks(List<T> candidates, Random random) {
        this.all = List.copyOf(candidates);
        this.left = new ArrayList<>(candidates);
        this.random = random;
        Collections.shuffle(left, random);
    }

    /** Up to {@code count} records never taken before. */
    List<T> take(int count) {
        List<T> taken = new ArrayList<>(left.subList(0, Math.min(count, left.size())));
        left.subList(0, taken.size()).clear();
        return taken;
    }

    /** One record, taken or not before: new records may share their parent. */
    T any() {
        return all.get(random.nextInt(all.size()));
    }

    /** A phone number of the seed's own. */
    static String phone(Random random) {
        return String.format("+33 6 %02d %02d %02d %02d", random.nextInt(100), random.nextInt(100), random.nextInt(100),
                random.nextInt(100));
    }
}
