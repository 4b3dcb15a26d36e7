package dev.passerelle.client.sync;

import dev.passerelle.client.run.ProgressListener;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The progress of entities pulled at the same time, told as one phase (their names joined by
 * " + ") whose record count is the sum of theirs, one call at a time.
 */
final class SharedProgress implements ProgressListener {

    private final ProgressListener target;
    private final String name;
    private final Map<String, Long> records = new LinkedHashMap<>();

    SharedProgress(ProgressListener target, List<String> entities) {
        this.target = target;
        this.name = String.join(" + ", entities);
    }

    /** Tells the shared phase's start (the entities' own phases are not told). */
    synchronized SharedProgress begin() {
        target.phase(name);
        return this;
    }

    @Override
    public synchronized void phase(String entity) {
        records.putIfAbsent(entity, 0L);
    }

    @Override
    public synchronized void page(String entity, long total) {
        records.put(entity, total);
        target.page(name, records.values().stream().mapToLong(Long::longValue).sum());
    }
}
